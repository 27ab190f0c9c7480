import { phrases, type PruneRule } from './types.js';

export const share: PruneRule = {
  rule: 'prune-share',
  phrases: phrases('share', 'sharing', 'shares', 'sharebar', 'sharetools', 'addthis', 'sharethis', 'shariff', 'social share', 'social buttons', 'social links', 'social icons', 'socials', 'teilen', 'partage', 'partager', 'compartir', 'condividi', 'udostepnij'),
};
