import { phrases, type PruneRule } from './types.js';

export const video: PruneRule = {
  rule: 'prune-video',
  phrases: phrases('video', 'videos', 'jwplayer', 'brightcove', 'playlist', 'vjs', 'video carousel'),
  // Sites wrap embedded posts (quoted tweets) in their responsive "video-container" boxes.
  accept: (el) => !el.querySelector('blockquote'),
};
