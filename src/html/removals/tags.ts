import { phrases, type PruneRule } from './types.js';

/** Tag and category link lists, author boxes and bylines: about the story, not in it. */
export const about: PruneRule = {
  kind: 'other',
  rule: 'prune-about',
  reason: 'Tag list, category links, byline or author box (class or id naming one): about the story, not part of it',
  phrases: phrases('tags', 'tag list', 'taglist', 'post tags', 'categories', 'byline', 'bylines', 'author bio', 'author box', 'about author', 'author info', 'dateline', 'schlagworte', 'etiquetas'),
};
