import type { PruneRule } from './types.js';
import { ad } from './ad.js';
import { comments } from './comments.js';
import { cookie } from './cookie.js';
import { footer } from './footer.js';
import { nav } from './nav.js';
import { newsletter } from './newsletter.js';
import { related } from './related.js';
import { share } from './share.js';
import { video } from './video.js';
import { media } from './media.js';
import { about } from './tags.js';

/** Every pre-Readability removal, most specific kind first (the first match names the kind). */
export const PRUNE_RULES: readonly PruneRule[] = [cookie, comments, newsletter, share, related, video, ad, footer, nav, media, about];
export type { PruneRule };
