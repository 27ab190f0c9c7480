/**
 * Properties that hold for any input, checked on random HTML and text (fast-check):
 * clean() never throws and never fails internally; the text is well-formed Unicode with no
 * markup and no control characters; every word in it occurs in the input's own text
 * (nothing invented); and cleaning pith's text output, of a scrape or of an HTML page, again
 * changes nothing. Run counts are modest: HTML goes through a DOM engine, and the machine has two cores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const SEED = 20261128;

/** Words from several scripts; no markup characters, so any `<` in the output would be invented. */
const word = fc.constantFrom(
  'river', 'bridge', 'stone', 'council', 'winter', 'reopened', 'engineers', 'Market', 'the', 'a', 'of', 'and',
  'pont', 'été', 'crème', 'Straße', 'über', 'most', 'zażółć', 'мост', 'город', 'جسر', 'مدينة', '石橋', '再建',
  '2024', '15%', 'e-mail', "don't", '🎉', 'naïve', 'Łódź',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).chain((ws) => fc.constantFrom('.', '!', '?', '', ':').map((end) => ws.join(' ') + end));

interface Node {
  tag: string;
  attrs: string;
  kids: Array<Node | string>;
}
const TAGS = ['div', 'p', 'span', 'a', 'b', 'i', 'ul', 'li', 'h1', 'h2', 'h3', 'section', 'article', 'aside', 'nav', 'footer', 'header', 'blockquote', 'figure', 'figcaption', 'em', 'strong', 'table', 'td'];
const ATTRS = ['', ' class="related"', ' class="comments"', ' id="main"', ' class="share"', ' role="navigation"', ' href="/x"', ' class="ad"', ' hidden'];
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.constantFrom(...ATTRS),
    kids: fc.array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: tie('node') }), { maxLength: 5 }),
  }),
})).node;

function serialize(n: Node | string): string {
  if (typeof n === 'string') return n;
  return `<${n.tag}${n.attrs}>${n.kids.map(serialize).join(' ')}</${n.tag}>`;
}
function textOf(n: Node | string): string {
  return typeof n === 'string' ? n : n.kids.map(textOf).join(' ');
}

/** Words as split for the "nothing invented" check: runs of letters, digits and marks. */
function words(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string, sourceText: string): void {
  expect(text).not.toMatch(LONE_SURROGATE);
  expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*\b[^>]*>/i);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/);
  const known = new Set(words(sourceText));
  for (const w of words(text)) expect(known.has(w), `"${w}" is not in the input`).toBe(true);
}

const page = fc.record({ title: sentence, body: fc.array(tree, { minLength: 1, maxLength: 6 }) });

describe('properties', () => {
  it('random HTML: never throws, no markup, nothing invented', async () => {
    await fc.assert(
      fc.asyncProperty(page, async ({ title, body }) => {
        const html = `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body.map(serialize).join('\n')}</body></html>`;
        const result = await clean(html, { path: 'random.html' });
        if (!result.ok) {
          expect(result.error.code).toBe('empty');
          return;
        }
        checkText(result.text, `${title} ${body.map(textOf).join(' ')}`);
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it('random bytes of markup-ish soup: never throws, never fails internally', async () => {
    const soup = fc.array(fc.constantFrom('<', '>', '/', '"', "'", '=', '<!--', '-->', '<p>', '</div>', '<script>', '<svg>', '&amp;', '&#', ';', ' ', '\n', 'x', 'é', '\u0000', '<![CDATA[', ']]>', '<!DOCTYPE html>'), { maxLength: 200 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(soup, fc.constantFrom('auto', 'html', 'text') as fc.Arbitrary<'auto' | 'html' | 'text'>, async (input, format) => {
        const result = await clean(input, { path: 'soup.html', format });
        if (!result.ok) expect(['empty', 'binary']).toContain(result.error.code);
        else expect(result.text).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  const scrape = fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));

  it('random text scrapes: never throws, nothing invented', async () => {
    await fc.assert(
      fc.asyncProperty(scrape, async (text) => {
        const result = await clean(text, { path: 'scrape.txt', format: 'text' });
        if (!result.ok) {
          expect(result.error.code).toBe('empty');
          return;
        }
        checkText(result.text, text);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  // Short upper-case button labels and menu lines, each block printed more than once, the
  // page ending anywhere: what cookie banners and toolbars flatten to. Repeated short lines
  // are where the card and caption detectors look ahead of a line, so this walks them off
  // the end of the page (two identical lines of "ACCEPT SELECTION REJECT ALL ACCEPT ALL" once
  // crashed the text path reading past the last line).
  const label = fc.constantFrom('ACCEPT', 'ACCEPT ALL', 'REJECT ALL', 'SELECTION', 'OK', 'MORE', 'SHARE', 'SIGN IN', 'MENU', 'CLOSE', 'Accept', 'BUSINESS', '»', 'ZAKCEPTUJ', 'ПРИНЯТЬ', 'River bridge reopened');
  const buttonLine = fc.array(label, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const buttons = fc
    .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: buttonLine }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: sentence }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom('', '\n', '\n\n'))
    .map(([lines, times, end]) => Array.from({ length: times }, () => lines.join('\n')).join('\n') + end);
  it('repeated short button-like lines: the text path never throws', async () => {
    await fc.assert(
      fc.asyncProperty(buttons, async (text) => {
        const result = await clean(text, { path: 'buttons.txt', format: 'text' });
        if (!result.ok) {
          expect(result.error.code).toBe('empty');
          return;
        }
        checkText(result.text, text);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  const idempotent = async (text: string) => {
    const first = await clean(text, { format: 'text' });
    if (!first.ok) return;
    const second = await clean(first.text, { format: 'text' });
    expect(second.ok).toBe(true);
    if (second.ok) expect(second.text).toBe(first.text);
  };
  /** A scrape as pages come: a headline first, then paragraphs of prose, no line repeated. */
  const prose = fc.array(word, { minLength: 8, maxLength: 40 }).map((ws) => ws.join(' ') + '.');
  const story = fc
    .uniqueArray(prose, { minLength: 2, maxLength: 30 })
    .chain((lines) => fc.array(fc.boolean(), { minLength: lines.length, maxLength: lines.length }).map((gaps) => lines.map((l, i) => (gaps[i] ? '\n' + l : l)).join('\n')));

  // The text path is a fixed point: render keeps kept lines in page order, the headline
  // where it stood, and the classifier settles on the page as its output reads
  // (src/text/settle.ts), so a second pass reads the same page it wrote.
  it('cleaning the output of any scrape again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(scrape, story), async (input) => {
        const first = await clean(input);
        if (!first.ok) return;
        await idempotent(first.text);
        const second = await clean(first.text, { format: 'text' });
        if (second.ok) expect(second.text).toBe(first.text);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  // A page that is already clean — a headline and paragraphs, or paragraphs only — is left as
  // it is. (Without "e-mail": a line opening with it reads as a sign-up pitch, not clean story.)
  const storyWord = word.filter((w) => w !== 'e-mail');
  const cleanPage = fc
    .tuple(
      fc.option(fc.array(storyWord, { minLength: 3, maxLength: 10 }).map((ws) => ws.join(' ')), { nil: undefined }),
      fc.uniqueArray(fc.array(storyWord, { minLength: 8, maxLength: 40 }).map((ws) => ws.join(' ') + '.'), { minLength: 2, maxLength: 20 }),
    )
    .map(([headline, paragraphs]) => (headline ? `${headline}\n\n` : '') + paragraphs.join('\n\n') + '\n');
  it('a page that is already clean comes out unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(cleanPage, async (input) => {
        const result = await clean(input, { format: 'text' });
        expect(result.ok && result.text).toBe(input);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  const html = page.map(({ title, body }) => `<html><head><title>${title}</title></head><body>${body.map(serialize).join('')}</body></html>`);

  // HTML output read as a scrape settles in one text pass: from then on the text path is a fixed point.
  it('the text path settles on the text output of any HTML page after one pass', async () => {
    await fc.assert(
      fc.asyncProperty(html, async (input) => {
        const first = await clean(input);
        if (first.ok) await idempotent(first.text);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  // HTML output reads back unchanged as a scrape: it is written in the layout of a clean page
  // (src/text/layout.ts: a list or table beside the story gets its lines set apart), and the
  // text path keeps a clean page whole (src/text/clean.ts). fast-check's default run count (100).
  it('cleaning the text output of any HTML page again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(html, async (input) => {
        const first = await clean(input);
        if (!first.ok) return;
        const second = await clean(first.text, { format: 'text' });
        expect(second.ok && second.text).toBe(first.text);
      }),
      { seed: SEED },
    );
  });
});
