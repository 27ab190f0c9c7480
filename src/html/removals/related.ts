import { phrases, type PruneRule } from './types.js';

export const related: PruneRule = {
  rule: 'prune-related',
  phrases: phrases(
    'related', 'recommended', 'recommendations', 'recommendation', 'recirc', 'recirculation', 'outbrain', 'taboola', 'zergnet', 'plista', 'ligatus',
    'trending', 'most read', 'most popular', 'mostread', 'mostpopular', 'popular posts', 'more stories', 'more articles', 'more news', 'read more', 'readmore',
    'also like', 'also read', 'you may like', 'next article', 'next story', 'up next', 'read next',
    // de, fr, es, it, pl, pt, nl
    'verwandt', 'empfehlungen', 'empfohlen', 'lesetipps', 'connexes', 'recommandes', 'relacionados', 'relacionadas', 'recomendados', 'correlati', 'consigliati', 'powiazane', 'polecane', 'gerelateerd',
  ),
};
