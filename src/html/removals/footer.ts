import { phrases, type PruneRule } from './types.js';

export const footer: PruneRule = {
  rule: 'prune-footer',
  phrases: phrases('footer', 'copyright', 'colophon', 'fusszeile', 'pied de page', 'piedepagina', 'pie de pagina', 'pie pagina', 'stopka'),
  tags: ['FOOTER'],
  roles: ['contentinfo'],
};
