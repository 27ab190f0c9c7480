import { phrases, type PruneRule } from './types.js';

export const video: PruneRule = {
  kind: 'video',
  rule: 'prune-video',
  reason: 'Video player or video carousel (class or id naming a video player, playlist or carousel)',
  phrases: phrases('video', 'videos', 'jwplayer', 'brightcove', 'playlist', 'vjs', 'video carousel'),
  // Sites wrap embedded posts (quoted tweets) in their responsive "video-container" boxes.
  accept: (el) => !el.querySelector('blockquote'),
};
