import { phrases, type PruneRule } from './types.js';

export const cookie: PruneRule = {
  kind: 'cookie',
  rule: 'prune-cookie',
  reason: 'Element whose class or id names a cookie or consent notice (cookie, consent, gdpr, cmp)',
  phrases: phrases('cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebar', 'cookienotice', 'privacy banner'),
};
