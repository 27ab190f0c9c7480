/** The knobs: options.keep (--keep) keeps removal kinds in the text and reports them; options.favor (--favor) is checked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, resolveOptions, type Options } from '../src/index.js';
import { run } from '../src/cli/run.js';
import { fakeIO } from './helpers/io.js';
import { validateSidecar } from './schema.js';

const samples = join(import.meta.dirname, '..', 'samples');
const blog = readFileSync(join(samples, 'html-blog-share-comments', 'input.html'));
const thread = readFileSync(join(samples, 'text-comment-thread', 'input.txt'));

async function cleaned(input: Uint8Array, options: Partial<Options>) {
  const result = await clean(input, options);
  if (!result.ok) throw new Error(result.error.message);
  validateSidecar(result.sidecar);
  return result;
}

describe('keep', () => {
  for (const [name, input, path, comment] of [
    ['an HTML article', blog, 'input.html', 'Same experience here in an old stone house'],
    ['a text scrape', thread, 'input.txt', 'I have been doing this for five years now'],
  ] as const) {
    it(`keeps the comments of ${name}, reported as kept with the removal they would have been`, async () => {
      const plain = await cleaned(input, { path });
      expect(plain.text).not.toContain(comment);
      expect(plain.sidecar.removed.some((r) => r.kind === 'comments' && r.text.includes(comment))).toBe(true);

      const kept = await cleaned(input, { path, keep: ['comments'] });
      expect(kept.text).toContain(comment);
      // The story is still there, before the comments, and nothing is reported removed as comments.
      expect(kept.text.startsWith(plain.text.trimEnd().split('\n\n')[0]!)).toBe(true);
      expect(kept.sidecar.removed.some((r) => r.kind === 'comments')).toBe(false);
      const block = kept.sidecar.kept.find((b) => b.text.includes(comment));
      expect(block?.keptAs?.kind).toBe('comments');
      expect(block?.keptAs?.reason.length).toBeGreaterThan(10);
      // Other kinds are still removed.
      expect(kept.sidecar.removed.length).toBeGreaterThan(0);
      expect(kept.sidecar.kept.filter((b) => !b.keptAs).map((b) => b.text)).toEqual(plain.sidecar.kept.map((b) => b.text));
    });
  }

  it('changes nothing when the kind kept is not on the page, and nothing by default', async () => {
    const plain = await cleaned(blog, { path: 'input.html' });
    expect((await cleaned(blog, { path: 'input.html', keep: ['cookie'] })).text).toBe(plain.text);
    expect(plain.sidecar.kept.some((b) => b.keptAs)).toBe(false);
  });

  it('rejects an unknown kind and never changes the caller’s options', () => {
    expect(() => resolveOptions({ keep: ['tables' as never] })).toThrow(/unknown kind "tables"/);
    expect(() => resolveOptions({ favor: 'both' as never })).toThrow(/favor/);
    const user = { keep: ['comments', 'comments'] as Options['keep'], favor: 'recall' as const };
    const resolved = resolveOptions(user);
    expect(resolved.keep).toEqual(['comments']);
    expect(user.keep).toEqual(['comments', 'comments']);
    expect(resolved.keep).not.toBe(user.keep);
    expect(resolveOptions().favor).toBe('balanced');
  });
});

describe('--keep and --favor', () => {
  it('--keep comments keeps the comments on stdout', async () => {
    const io = fakeIO(blog);
    expect(await run(['--keep', 'comments', '--input-format', 'html'], io)).toBe(0);
    expect(io.out()).toContain('Same experience here in an old stone house');
  });

  it('an unknown kind or side is a usage error', async () => {
    const io = fakeIO('');
    expect(await run(['--keep', 'comments,tables', 'x.html'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown kind "tables"/);
    const io2 = fakeIO('');
    expect(await run(['--favor', 'both', 'x.html'], io2)).toBe(2);
  });

  it('--favor recall and precision run', async () => {
    for (const side of ['recall', 'precision']) {
      const io = fakeIO(blog);
      expect(await run(['--favor', side, '--input-format', 'html'], io)).toBe(0);
      expect(io.out()).toContain('that depends on the room you bake in.');
    }
  });
});

describe('favor reaches the page type and the block classifier', () => {
  const forum = { type: 'forum' as const, score: 1, runnerUp: null, evidence: [] };
  const typedDoc = async (favor: 'recall' | 'balanced' | 'precision', format: 'html' | 'text', type: string) => {
    const { PithDocument } = await import('../src/document.js');
    const doc = new PithDocument(new Uint8Array(), resolveOptions({ favor }));
    doc.format = format;
    doc.typed({ ...forum, type: type as 'forum' });
    return doc;
  };

  it('keeps the replies of a forum thread under recall only', async () => {
    for (const [favor, keeps] of [['recall', true], ['balanced', false], ['precision', false]] as const) {
      for (const format of ['html', 'text'] as const) {
        expect((await typedDoc(favor, format, 'forum')).keeping.has('comments'), `${favor} ${format}`).toBe(keeps);
        expect((await typedDoc(favor, format, 'article')).keeping.has('comments')).toBe(false);
      }
    }
  });

  it('keeps card lists and captions on a service or documentation page under recall only', async () => {
    for (const [favor, keeps] of [['recall', true], ['balanced', false], ['precision', false]] as const) {
      for (const type of ['service', 'documentation']) {
        const html = await typedDoc(favor, 'html', type);
        expect(html.keeps('related', 'card-list'), `${favor} ${type}`).toBe(keeps);
        expect(html.keeps('other', 'prune-media'), `${favor} ${type}`).toBe(keeps);
        expect(html.keeps('nav', 'prune-nav'), favor).toBe(false);
      }
      expect((await typedDoc(favor, 'text', 'listing')).keeps('other', 'text-after-story'), favor).toBe(keeps);
      expect((await typedDoc(favor, 'html', 'article')).keeps('related', 'card-list'), favor).toBe(false);
    }
  });

  it('keeps the cards, media and replies of a page of items by default and under recall, not under precision', async () => {
    for (const [favor, keeps] of [['recall', true], ['balanced', true], ['precision', false]] as const) {
      for (const type of ['forum', 'product', 'listing', 'collection']) {
        const html = await typedDoc(favor, 'html', type);
        expect(html.keeps('related', 'card-list'), `${favor} ${type}`).toBe(keeps);
        expect(html.keeps('other', 'prune-media'), `${favor} ${type}`).toBe(keeps);
        expect(html.keeps('comments', 'prune-comments'), `${favor} ${type}`).toBe(keeps);
        // Nav and footer go under every setting.
        expect(html.keeps('nav', 'prune-nav'), `${favor} ${type}`).toBe(false);
        expect(html.keeps('footer', 'prune-footer'), `${favor} ${type}`).toBe(false);
      }
      // A text scrape's type is read from its shape alone: its items are not kept by it by default.
      expect((await typedDoc('balanced', 'text', 'listing')).keeps('related', 'card-list')).toBe(false);
    }
  });

  it('keeps the link lists of a non-article HTML page by default, not of an article nor under precision', async () => {
    expect((await typedDoc('balanced', 'html', 'product')).keeps('related', 'link-list')).toBe(true);
    expect((await typedDoc('recall', 'html', 'product')).keeps('related', 'linked-headline')).toBe(true);
    expect((await typedDoc('balanced', 'html', 'article')).keeps('related', 'link-list')).toBe(false);
    expect((await typedDoc('precision', 'html', 'product')).keeps('related', 'link-list')).toBe(false);
    // A text scrape's type is read from its shape alone: no keeps by it by default.
    expect((await typedDoc('balanced', 'text', 'product')).keeps('other', 'text-after-story')).toBe(false);
  });

  it('moves the classifier thresholds up under precision, not at all by default or under recall', async () => {
    const { FAVOR } = await import('../src/thresholds.js');
    expect(FAVOR.balanced.classifierShift).toBe(0);
    expect(FAVOR.recall.classifierShift).toBe(0);
    expect(FAVOR.precision.classifierShift).toBeGreaterThan(0);
  });
});
