import { phrases, type PruneRule } from './types.js';

export const ad: PruneRule = {
  rule: 'prune-ad',
  phrases: phrases('ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promoted', 'werbung', 'anzeige', 'publicite', 'publicidad', 'pubblicita', 'reklama'),
};
