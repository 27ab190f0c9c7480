import type { PithDocument } from '../document.js';
import { HTML_RULES } from '../rules/index.js';
import type { Block, Kind } from '../types.js';
import { CLOSING_PROMO_MAX_CHARS, HEADING_DEFAULT_LEVEL, HEADLINE_MIN_WORDS, LINK_LIST_HEADLINE_SHARE, LINK_RUN_MIN, SHORT_BLOCK_CHARS, HEADLINE_BLOCK_MAX_CHARS, HEADLINE_PREFIX_MIN_SHARE } from '../thresholds.js';
import { ownerSection } from './trailer.js';
import { CONTACT } from '../vocab/legal.js';
import { PROMO } from '../vocab/newsletter.js';
import { ends, fold, isLink, isProse, LINE_RULES, main, relatedItem, type LineContext } from './lines.js';
import { words } from '../measure.js';

/** The headline: a block that is the page title (the body never repeats it). */
function markTitle(doc: PithDocument, blocks: Block[], first: number): void {
  const title = doc.meta.title ? fold(doc.meta.title) : '';
  if (!title) return;
  for (const [i, b] of blocks.entries()) {
    if (b.text.length > HEADLINE_BLOCK_MAX_CHARS) continue;
    const t = fold(b.text);
    if (!t) continue;
    const same = t === title || (i <= first && b.type === 'heading' && (title.startsWith(t) || t.startsWith(title)) && t.length >= HEADLINE_PREFIX_MIN_SHARE * title.length);
    if (same) b.title = true;
  }
}

/**
 * Classify the blocks Readability kept. The story's extent is the span from its first to
 * its last prose paragraph; short blocks outside it (bylines, datelines, promos, contact
 * lines) and shapes that are never story anywhere (link lists, "Read more:" teasers,
 * gallery counters, credits, ad labels, repeated chrome) are removed with their reason.
 * The one-block rules live in lines.ts; runs and sections are handled here.
 */
export function labelHtml(doc: PithDocument): void {
  const blocks = doc.blocks;
  if (!blocks.length) return;
  let first = blocks.findIndex(isProse);
  let last = blocks.length - 1 - [...blocks].reverse().findIndex(isProse);
  if (first < 0) [first, last] = [0, blocks.length - 1];
  markTitle(doc, blocks, first);
  const remove = (b: Block, kind: Kind, rule: string, reason: string) => {
    if (!b.title && doc.ruleOn(rule)) doc.removeBlock(b, kind, rule, reason);
  };

  // Link lists: a run of consecutive link blocks is a menu or a list of other stories.
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isLink(blocks[j]!) && blocks[j]!.text.length < SHORT_BLOCK_CHARS && !blocks[j]!.title) j++;
    if (j - i >= LINK_RUN_MIN && doc.ruleOn('link-list')) {
      const run = blocks.slice(i, j);
      const headlines = run.filter((b) => words(b.text) >= HEADLINE_MIN_WORDS).length >= run.length * LINK_LIST_HEADLINE_SHARE;
      const kind: Kind = headlines ? 'related' : 'nav';
      const lead = blocks[i - 1];
      if (lead && !lead.title && lead.text.length <= HTML_RULES['link-list-heading'].params.maxChars && !ends(lead.text) && !isProse(lead)) remove(lead, kind, 'link-list-heading', HTML_RULES['link-list-heading'].reason);
      for (const b of run) {
        remove(b, kind, 'link-list', `One of ${run.length} consecutive blocks that are links: a ${headlines ? 'list of other stories' : 'menu'}`);
        if (headlines) doc.related.push(relatedItem(b));
      }
    }
    i = Math.max(j, i + 1);
  }

  // The standfirst the page also declares as its description: a short summary above the
  // story. (A first story paragraph that doubles as the description is story: measured.)
  const dek = typeof doc.data.declaredExcerpt === 'string' ? fold(doc.data.declaredExcerpt) : '';
  // A paragraph in the same box as the story's paragraphs is the story's opening, though.
  const parent = (b: Block | undefined) => b?.position.path?.replace(/ > [^>]*$/, '');
  const storyBox = parent(blocks[first]);
  if (dek) for (const b of blocks.slice(0, Math.max(0, first))) {
    if (main(b) && !b.title && fold(b.text) === dek && !(b.type === 'paragraph' && parent(b) === storyBox)) remove(b, 'other', 'standfirst', HTML_RULES.standfirst.reason);
  }
  const pageUrls = new Set([doc.meta.url, doc.url].filter((u): u is string => !!u).map((u) => u.replace(/[?#].*$/, '').replace(/\/$/, '')));

  for (const [i, b] of blocks.entries()) {
    if (!main(b) || b.title) continue;
    const t = b.text;
    const long = t.length > SHORT_BLOCK_CHARS || b.type === 'table' || b.type === 'code';
    const c: LineContext = { doc, b, t, next: blocks[i + 1], before: i < first, after: i > last, nearTop: i <= first + HTML_RULES.byline.params.topReach, pageUrls };
    const hit = LINE_RULES.find((r) => (r.anyLength || !long) && doc.ruleOn(r.rule) && r.test(c));
    if (!hit) continue;
    const kind = typeof hit.kind === 'function' ? hit.kind(c) : hit.kind;
    remove(b, kind, hit.rule, hit.reason);
    if (hit.withNext && c.next) remove(c.next, kind, hit.rule, hit.reason);
    if (hit.related) doc.related.push(hit.related(c));
  }

  // The story's closing lines that call to follow, join or subscribe with a link or an
  // address to do it, or are a bare contact line, are sign-offs even when long enough to
  // count as its last paragraph. (A closing sentence that merely mentions a newsletter, or
  // quotes a handle, has neither.)
  const signOff = (b: Block) => (PROMO.test(b.text) && ((b.linkDensity ?? 0) > 0 || CONTACT.test(b.text))) || (CONTACT.test(b.text) && !isProse(b));
  for (let i = blocks.length - 1; i > first; i--) {
    const b = blocks[i]!;
    if (!main(b) || b.title) continue;
    if (b.type === 'heading' || b.type === 'list-item' || b.text.length > CLOSING_PROMO_MAX_CHARS || !signOff(b)) break;
    remove(b, PROMO.test(b.text) ? 'newsletter' : 'footer', 'closing-promo', HTML_RULES['closing-promo'].reason);
  }

  for (const b of ownerSection(doc, blocks, first)) {
    remove(b, 'footer', 'owner-section', HTML_RULES['owner-section'].reason);
  }

  // A heading whose section lost all its blocks belongs with them.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type !== 'heading' || !main(b) || b.title) continue;
    let j = i + 1;
    while (j < blocks.length && !main(blocks[j]!)) j++;
    const next = blocks[j];
    const removedAfter = j > i + 1;
    if (removedAfter && (!next || (next.type === 'heading' && (next.level ?? HEADING_DEFAULT_LEVEL) <= (b.level ?? HEADING_DEFAULT_LEVEL)))) {
      const lab = blocks[i + 1]!.label;
      if (lab && !lab.main) remove(b, lab.kind, 'orphan-heading', HTML_RULES['orphan-heading'].reason);
    }
  }
}
