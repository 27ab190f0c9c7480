import { phrases, type PruneRule } from './types.js';

export const comments: PruneRule = {
  rule: 'prune-comments',
  phrases: phrases('comments', 'comment', 'disqus', 'replies', 'respond', 'discussion', 'kommentare', 'kommentar', 'commentaires', 'commentaire', 'comentarios', 'commenti', 'komentarze', 'reacties', 'fb comments'),
};
