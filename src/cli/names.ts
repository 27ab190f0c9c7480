import { basename } from 'node:path';

const PAGE_EXTENSIONS = /(\.(x?html?|txt|text))?(\.gz)?$/i;

/** `page.html.gz` → `page`; stdin → `stdin`. A name never holds a path separator. */
export function stemOf(path: string): string {
  if (path === '-') return 'stdin';
  const stem = basename(path).replace(PAGE_EXTENSIONS, '');
  return stem.replace(/[\u0000-\u001f/\\]/g, '_') || 'page';
}

/**
 * Output stems for a list of inputs, so that two inputs never write the same file:
 * the second `page` becomes `page-2`, compared case-insensitively because some file
 * systems are.
 */
export function uniqueStems(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  return paths.map((p) => {
    const stem = stemOf(p);
    let candidate = stem;
    let n = seen.get(stem.toLowerCase()) ?? 1;
    while (taken.has(candidate.toLowerCase())) candidate = `${stem}-${++n}`;
    seen.set(stem.toLowerCase(), n);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
