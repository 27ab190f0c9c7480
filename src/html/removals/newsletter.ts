import { phrases, type PruneRule } from './types.js';

export const newsletter: PruneRule = {
  rule: 'prune-newsletter',
  phrases: phrases('newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign up', 'optin', 'opt in', 'paywall', 'regwall', 'abo', 'abonnement', 'suscripcion', 'iscriviti'),
};
