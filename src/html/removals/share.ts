import { phrases, type PruneRule } from './types.js';

export const share: PruneRule = {
  kind: 'share',
  rule: 'prune-share',
  reason: 'Element whose class or id names a share bar or social buttons (share, sharing, addthis, sharethis)',
  phrases: phrases('share', 'sharing', 'shares', 'sharebar', 'sharetools', 'addthis', 'sharethis', 'shariff', 'social share', 'social buttons', 'social links', 'social icons', 'socials', 'teilen', 'partage', 'partager', 'compartir', 'condividi', 'udostepnij'),
};
