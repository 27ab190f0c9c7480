import { phrases, type PruneRule } from './types.js';

/** Tag and category link lists, author boxes and bylines: about the story, not in it. */
export const about: PruneRule = {
  rule: 'prune-about',
  phrases: phrases('tags', 'tag list', 'taglist', 'post tags', 'categories', 'byline', 'bylines', 'author bio', 'author box', 'about author', 'author info', 'dateline', 'schlagworte', 'etiquetas'),
};
