import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';
import { FAVOR, LINK_BLOCK_DENSITY } from '../thresholds.js';
import { blocksFrom } from './blocks.js';
import type { PageOrder } from './order.js';
import { fold } from './lines.js';
import { keepAside } from './keep.js';


type Favored = (typeof FAVOR)[keyof typeof FAVOR];

/**
 * Story shapes Readability's conditional cleaning drops although they sit inside the
 * story: quoted posts (embedded tweets are link-heavy blockquotes). Paragraphs are not
 * put back by default: between story paragraphs they are mostly teasers and captions
 * (measured); favoring recall puts back every shape that is not a link block.
 */
function restorable(b: Block, favor: Favored): boolean {
  if (b.text.length < favor.restoreMinChars || !(favor.restoreTypes as readonly string[]).includes(b.type)) return false;
  return b.type === 'quote' || (b.linkDensity ?? 0) < LINK_BLOCK_DENSITY;
}

/**
 * Reconcile the located content with the pruned page. Blocks that lie between the first
 * and the last kept block in page order and have a story shape (an embedded quote the
 * locator's cleaning dropped) are put back in place; every other block of the page that
 * is not kept is recorded as a removal, so the sidecar accounts for the whole page. The
 * headline is not a removal: it is shown as the title.
 */
export function reconcile(doc: PithDocument, page: Element, kept: Block[]): Block[] {
  const favor = FAVOR[doc.options.favor];
  const all = blocksFrom(page, doc.data.order as PageOrder | undefined, doc.options.output === 'text' ? undefined : { base: doc.url });
  // The located content repeats the page's texts: each distinct text is folded once.
  const folded = new Map<string, string>();
  const key = (text: string) => {
    let k = folded.get(text);
    if (k === undefined) folded.set(text, (k = fold(text)));
    return k;
  };
  const keys = all.map((b) => key(b.text));
  const keptKeys = kept.map((b) => key(b.text));
  // Walk both in order: each kept block finds its place in the page after the previous one.
  const place: number[] = [];
  let from = 0;
  for (const key of keptKeys) {
    const at = keys.indexOf(key, from);
    place.push(at);
    if (at >= 0) from = at + 1;
  }
  const found = place.filter((p) => p >= 0);
  const out: Block[] = [];
  const used = new Set(found);
  if (found.length) {
    let next = found[0]!;
    kept.forEach((b, i) => {
      const at = place[i]!;
      if (at >= 0) {
        for (; next < at; next++) if (!used.has(next) && restorable(all[next]!, favor)) (out.push(all[next]!), used.add(next));
        next = Math.max(next, at + 1);
        // The located content is a copy: its block takes the page place of the block it matched.
        const order = all[at]!.position.order;
        if (order !== undefined) b.position = { ...b.position, order };
      }
      out.push(b);
    });
  } else out.push(...kept);
  // fold() of the joined texts, without folding the whole story again: folding maps every run
  // of non-letters (the joining space with it) to one space, so it is the non-empty keys joined.
  const keptText = out.map((b) => key(b.text)).filter(Boolean).join(' ');
  const title = doc.meta.title ? fold(doc.meta.title) : '';
  all.forEach((b, i) => {
    const t = keys[i]!;
    if (!t || used.has(i) || t === title || keptText.includes(t)) return;
    const linky = (b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY;
    const kind = linky ? 'nav' : 'other';
    const rule = 'outside-main-content';
    const reason = linky ? 'Link block outside the main content located on the page' : 'Block outside the main content located on the page (byline, teaser, widget or page chrome)';
    if (doc.keeps(kind, rule)) return keepAside(doc, [b], { kind, rule, reason });
    if (!linky && b.text.length >= favor.outsideProseMinChars) return keepAside(doc, [b]);
    doc.remove({
      kind,
      rule,
      reason,
      text: b.text,
      position: { index: -1, path: b.position.path, ...(b.position.order === undefined ? {} : { order: b.position.order }) },
    });
  });
  out.forEach((b, i) => (b.position = { ...b.position, index: i }));
  return out;
}
