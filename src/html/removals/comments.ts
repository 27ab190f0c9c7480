import { phrases, type PruneRule } from './types.js';

export const comments: PruneRule = {
  kind: 'comments',
  rule: 'prune-comments',
  reason: 'Element whose class or id names a comments section (comments, disqus, replies, respond)',
  phrases: phrases('comments', 'comment', 'disqus', 'replies', 'respond', 'discussion', 'kommentare', 'kommentar', 'commentaires', 'commentaire', 'comentarios', 'commenti', 'komentarze', 'reacties', 'fb comments'),
};
