import { phrases, type PruneRule } from './types.js';

export const ad: PruneRule = {
  kind: 'ad',
  rule: 'prune-ad',
  reason: 'Element whose class or id names an advertisement or sponsored promo (ad, ads, advert, sponsor, promo, dfp)',
  phrases: phrases('ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'werbung', 'anzeige', 'publicite', 'publicidad', 'pubblicita', 'reklama'),
};
