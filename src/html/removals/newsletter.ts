import { phrases, type PruneRule } from './types.js';

export const newsletter: PruneRule = {
  kind: 'newsletter',
  rule: 'prune-newsletter',
  reason: 'Element whose class or id names a newsletter or subscription box (newsletter, subscribe, signup, paywall)',
  phrases: phrases('newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign up', 'optin', 'opt in', 'paywall', 'regwall', 'abo', 'abonnement', 'suscripcion', 'iscriviti'),
};
