import { phrases, type PruneRule } from './types.js';

export const nav: PruneRule = {
  rule: 'prune-nav',
  phrases: phrases('nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'skiplink', 'masthead', 'site header', 'global header', 'topbar', 'sidebar', 'rail', 'widget', 'widgets',
    // de, fr, es, it, pl
    'menue', 'hauptmenue', 'hauptmenü', 'hauptnavigation', 'kopfzeile', 'kopfbereich', 'entete', 'en tete', 'fil d ariane', 'cabecera', 'menu principal', 'migas', 'testata', 'briciole', 'nawigacja'),
  tags: ['NAV'],
  roles: ['navigation', 'banner', 'complementary', 'search', 'menu', 'menubar'],
};
