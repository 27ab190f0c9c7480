import { phrases, type PruneRule } from './types.js';

export const footer: PruneRule = {
  kind: 'footer',
  rule: 'prune-footer',
  reason: 'Page footer (footer tag, contentinfo role, or class/id naming a footer or copyright line)',
  phrases: phrases('footer', 'copyright', 'colophon', 'fusszeile', 'pied de page', 'piedepagina', 'pie de pagina', 'pie pagina', 'stopka'),
  tags: ['FOOTER'],
  roles: ['contentinfo'],
};
