// The one split every benchmark uses: a page is in the tuning part or the checking part by
// a hash of its id, never by its order, site or type. Tune rules and weights on `tune`;
// a change that lifts `tune` and not `check` is fitted to pages and is reverted.
import { createHash } from 'node:crypto';

/** 'tune' or 'check' for a benchmark page id (about half each). */
export function part(id) {
  const h = createHash('sha256').update(String(id)).digest();
  return h[0] % 2 === 0 ? 'tune' : 'check';
}
