import { phrases, type PruneRule } from './types.js';

export const cookie: PruneRule = {
  rule: 'prune-cookie',
  phrases: phrases('cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebar', 'cookienotice', 'privacy banner'),
};
