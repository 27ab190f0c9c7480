import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { BatchSummary, pageReport, readingOrder, type SavedSidecar } from '../src/report/index.js';
import { CSP } from '../src/report/style.js';
import { KINDS, type Removal } from '../src/types.js';
import { HOSTILE, hostileHtml, hostileSidecar, hostileText } from './helpers/hostile-report.js';
import { fakeIO, tempDir } from './helpers/io.js';
import { run } from '../src/cli/run.js';
import { validateSidecar } from './schema.js';
import { files, page, pith, put, tempDir as batchTemp } from './batch/helpers.js';

const SEED = readFileSync(join(import.meta.dirname, '..', 'samples', 'seed', 'input.txt'));

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'dl', 'dt', 'dd', 'div', 'span', 'p', 'code', 'pre', 'main', 'section', 'svg', 'g', 'rect', 'text', 'line', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a']);
const ATTRS = new Set(['class', 'title', 'data-kind', 'href', 'lang', 'charset', 'http-equiv', 'content', 'name', 'role', 'aria-label', 'width', 'height', 'viewbox', 'xmlns', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'rx', 'fill', 'stroke', 'text-anchor']);

/** Parse a report (scripts off) and check that nothing in it is live: only our tags, our attributes, relative links, the policy first. */
function inert(html: string): Document {
  const { document } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('*')) {
    expect(TAGS.has(el.localName), `tag <${el.localName}>`).toBe(true);
    for (const a of el.attributes) {
      expect(ATTRS.has(a.name.toLowerCase()), `attribute ${a.name} on <${el.localName}>`).toBe(true);
      if (a.name === 'href') expect(a.value).not.toMatch(/^\s*[a-z][a-z0-9+.-]*:|^\s*\/\//i);
    }
  }
  const metas = document.head.querySelectorAll('meta');
  expect(metas[0]?.getAttribute('charset')).toBe('utf-8');
  expect(metas[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
  expect(metas[1]?.getAttribute('content')).toBe(CSP);
  expect(document.querySelectorAll('meta[http-equiv]').length).toBe(1);
  expect(document.querySelectorAll('style').length).toBe(1);
  return document;
}

async function report(input: string | Uint8Array, path: string, format: 'auto' | 'text' = 'auto'): Promise<{ html: string; sidecar: SavedSidecar; text: string }> {
  const r = await clean(input, { path, format });
  expect(r.ok).toBe(true);
  if (!r.ok) throw new Error('not cleaned');
  const sidecar = JSON.parse(JSON.stringify(r.sidecar)) as SavedSidecar;
  return { html: pageReport(sidecar, { text: r.text }), sidecar, text: r.text };
}

describe('page report', () => {
  it('shows the seed story and its four removed kinds, each removal with its kind, rule and reason', async () => {
    const { html, sidecar, text } = await report(SEED, 'seed.txt');
    const doc = inert(html);
    const removed = [...doc.querySelectorAll('.b.r')];
    expect(removed.length).toBe(sidecar.removed.length);
    expect(new Set(removed.map((r) => r.getAttribute('data-kind')))).toEqual(new Set(['related', 'video', 'ad', 'comments']));
    for (const r of sidecar.removed) {
      const row = removed.find((el) => el.querySelector('.t')!.textContent!.endsWith(r.text));
      expect(row, r.text).toBeTruthy();
      expect(row!.querySelector('.why')!.textContent).toContain(`${r.kind} ${r.rule} ${r.reason}`);
      expect(row!.getAttribute('title')).toBe(`${r.kind} — ${r.rule}: ${r.reason}`);
    }
    expect(doc.querySelectorAll('.b.kept').length).toBe(sidecar.kept!.length);
    expect(doc.querySelector('pre.out')!.textContent).toBe(text);
    // Reading order: line numbers rise down the page.
    const lines = [...doc.querySelectorAll('.ln')].map((l) => Number(l.textContent!.split('–')[0]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(doc.querySelector('h1')!.textContent).toBe(sidecar.title);
  });

  it('rebuilds the text from the kept blocks when no text is given', async () => {
    const { sidecar, text } = await report(SEED, 'seed.txt');
    const doc = inert(pageReport(sidecar));
    expect(doc.querySelector('pre.out')!.textContent).toBe(text);
    expect(doc.querySelector('.text .note')!.textContent).toMatch(/Rebuilt/);
  });

  it('puts HTML blocks removed before segmentation back in page order', async () => {
    const page = `<!doctype html><html><body><nav class="menu"><a href="/">Home</a> <a href="/a">World</a></nav>
<article><h1>Bridge opens</h1>${'<p>The council met on Tuesday to discuss the new bridge, and residents said the plan, debated for years, would finally ease the traffic across the river.</p>'.repeat(4)}</article>
<aside class="related-posts"><h2>More stories</h2><ul><li><a href="/x">One other story</a></li><li><a href="/y">Two other stories</a></li></ul></aside>
<footer class="site-footer">© Example News, all rights reserved</footer></body></html>`;
    const { html, sidecar } = await report(page, 'page.html');
    validateSidecar(sidecar);
    const rows = [...inert(html).querySelectorAll('.b')];
    const first = (s: string) => rows.findIndex((r) => r.textContent!.includes(s));
    expect(first('Home')).toBeLessThan(first('Bridge opens'));
    expect(first('council met')).toBeLessThan(first('One other story'));
    expect(first('One other story')).toBeLessThan(first('Example News'));
  });

  it('orders by index, places by order, and keeps unplaceable removals last', () => {
    const rm = (text: string, index: number, order?: number): Removal => ({ kind: 'nav', rule: 'r', reason: 'why', text, position: { index, ...(order === undefined ? {} : { order }) } });
    const sidecar = {
      ...hostileSidecar(),
      kept: [
        { text: 'k0', type: 'paragraph' as const, position: { index: 0, order: 10 } },
        { text: 'k2', type: 'paragraph' as const, position: { index: 2, order: 30 } },
      ],
      removed: [rm('late', -1, 40), rm('unplaced', -1), rm('early', -1, 1), rm('r1', 1), rm('mid', -1, 20)],
    };
    const texts = readingOrder(sidecar).map((r) => ('kept' in r ? r.kept.text : r.removed.text));
    expect(texts).toEqual(['early', 'k0', 'r1', 'mid', 'k2', 'late', 'unplaced']);
  });

  it('says so when the sidecar predates the kept blocks', () => {
    const { kept, ...old } = hostileSidecar();
    void kept;
    const doc = inert(pageReport(old));
    expect(doc.querySelector('.warn')!.textContent).toMatch(/written before pith recorded the kept blocks/);
  });
});

describe('escaping', () => {
  it('shows every hostile value of a sidecar as text and nothing else', () => {
    const sidecar = hostileSidecar();
    const doc = inert(pageReport(sidecar, { text: HOSTILE.join('\n') }));
    const body = doc.body.textContent!;
    for (const h of HOSTILE.filter((s) => !/[\u202a-\u202e\u2066-\u2069]/.test(s))) expect(body).toContain(h);
    expect(body).toContain('rtl [U+202E]evil[U+202C]');
    expect(doc.title).toBe(`pith report: ${HOSTILE[7]}`);
    // A kind outside the vocabulary is shown as "other", never as a class or markup.
    expect([...doc.querySelectorAll('.b.r')].map((r) => r.getAttribute('data-kind'))).toContain('other');
    for (const el of doc.querySelectorAll('[class]')) for (const c of el.classList) expect(c).toMatch(/^[a-z0-9-]+$/);
    expect(doc.querySelectorAll('a').length).toBe(0);
  });

  it('keeps hostile HTML pages and text scrapes inert through the whole pipeline', async () => {
    for (const [input, path, format] of [[hostileHtml(), 'hostile.html', 'auto'], [hostileText(), 'hostile.txt', 'text']] as const) {
      const { html, sidecar } = await report(input, path, format);
      validateSidecar(sidecar);
      const doc = inert(html);
      expect(doc.querySelectorAll('.b.r').length).toBe(sidecar.removed.length);
      expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    }
  });

  it('links the batch summary only to its own reports, by relative, encoded paths', () => {
    const summary = new BatchSummary();
    const sidecar = hostileSidecar();
    summary.add({ path: `site/${HOSTILE[2]}.html`, status: 'ok', error: null }, sidecar, ['report', 'javascript:alert(1)', HOSTILE[0]!]);
    summary.add({ path: HOSTILE[1]!, status: 'failed', error: HOSTILE[0]!, errorCode: HOSTILE[3]! }, null, null);
    summary.add({ path: 'site/skipped.md', status: 'skipped', error: 'not a page' }, null, null);
    const doc = inert(summary.html(HOSTILE[5]!));
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`report/javascript%3Aalert(1)/${encodeURIComponent(HOSTILE[0]!)}`]);
    expect(doc.body.textContent).toContain(HOSTILE[1]);
    expect([...doc.querySelectorAll('.card .v')].map((v) => v.textContent).slice(0, 4)).toEqual(['3', '1', '1', '1']);
    expect(doc.querySelectorAll('svg').length).toBe(3);
  });
});

describe('batch summary', () => {
  it('counts statuses, kinds and rules, and bins each page by the share of words it kept', async () => {
    const summary = new BatchSummary();
    const { sidecar } = await report(SEED, 'seed.txt');
    summary.add({ path: 'a/seed.txt', status: 'ok', error: null }, sidecar, ['a', 'seed.html']);
    summary.add({ path: 'a/bad.html', status: 'failed', error: 'found no story text in the page', errorCode: 'empty' }, null, null);
    const doc = inert(summary.html('out'));
    const kinds = new Set(sidecar.removed.map((r) => r.kind));
    const bars = [...doc.querySelectorAll('svg')[0]!.querySelectorAll('g > title')].map((t) => t.textContent!);
    expect(bars.map((b) => b.split(':')[0]).sort()).toEqual([...kinds].sort());
    for (const k of kinds) expect(bars).toContain(`${k}: ${sidecar.removed.filter((r) => r.kind === k).length}`);
    const bins = [...doc.querySelectorAll('svg')[1]!.querySelectorAll('g > title')].map((t) => t.textContent!);
    expect(bins.filter((b) => !b.endsWith(': 0 pages'))).toHaveLength(1);
    expect(doc.querySelector('table.list a')!.getAttribute('href')).toBe('a/seed.html');
    expect(doc.body.textContent).toContain('found no story text in the page');
    expect(KINDS).toContain('related');
  });
});

describe('CLI', () => {
  it('pith page --report writes the report; pith report renders the same from the saved sidecar', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt'), SEED);
    const io = fakeIO('', dir);
    expect(await run(['seed.txt', '--report', 'r.html', '--sidecar', 'seed.json'], io)).toBe(0);
    const first = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(inert(first).querySelectorAll('.b.r').length).toBe(20);
    const again = fakeIO('', dir);
    expect(await run(['report', 'seed.json', '--input', 'seed.txt'], again)).toBe(0);
    expect(again.out()).toBe(first);
    const rebuilt = fakeIO('', dir);
    expect(await run(['report', 'seed.json', '-o', 'r2.html'], rebuilt)).toBe(0);
    expect(readFileSync(join(dir, 'r2.html'), 'utf8')).toContain('Rebuilt from the kept blocks');
  });

  it('warns when --input is not the page the sidecar describes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt'), SEED);
    writeFileSync(join(dir, 'other.txt'), hostileText());
    expect(await run(['seed.txt', '--sidecar', 'seed.json'], fakeIO('', dir))).toBe(0);
    const io = fakeIO('', dir);
    expect(await run(['report', 'seed.json', '--input', 'other.txt', '-o', 'r.html'], io)).toBe(0);
    expect(io.err()).toMatch(/does not match the sidecar's sha256/);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/is not the page this sidecar was written from/);
  });

  it('refuses misuse with exit 2 and unreadable sidecars with exit 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), SEED);
    writeFileSync(join(dir, 'not.json'), '{"hello": 1}');
    const cases: Array<[string[], number, RegExp]> = [
      [['a.txt', 'a.txt', '--report', 'r.html'], 2, /--report takes a single input/],
      [['--records', 'jsonl', '--report', 'r'], 2, /--report does not go with --records/],
      [['report'], 2, /give one sidecar/],
      [['report', 'x.json', '--bogus'], 2, /Unknown option/],
      [['report', 'missing.json'], 1, /cannot read the sidecar/],
      [['report', 'not.json'], 1, /not a pith sidecar/],
      [['.', '-o', 'out', '--report', 'reports'], 2, /inside the input folder/],
    ];
    for (const [args, code, message] of cases) {
      const io = fakeIO('', dir);
      expect(await run(args, io), args.join(' ')).toBe(code);
      expect(io.err(), args.join(' ')).toMatch(message);
    }
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
    const help = fakeIO('', dir);
    expect(await run(['report', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/Usage: pith report/);
  });
});

describe('pith <folder> -o <out> --report <dir>', () => {
  it('writes one report per page mirroring the tree, and the summary in the out dir linking to them', async () => {
    const root = batchTemp();
    put(root, 'site/a.html', page(1));
    put(root, 'site/news/b.html', hostileHtml());
    put(root, 'site/news/seed.txt', SEED);
    put(root, 'site/empty.html', '');
    const r = await pith(root, ['site', '-o', 'out', '--report', 'out/reports', '-j', '1']);
    expect(r.code).toBe(1); // the empty page failed; the reports are written all the same
    expect(files(join(root, 'out')).filter((f) => f.endsWith('.html'))).toEqual(['pith-report.html', 'reports/a.html', 'reports/news/b.html', 'reports/news/seed.html']);
    const summary = inert(readFileSync(join(root, 'out', 'pith-report.html'), 'utf8'));
    expect([...summary.querySelectorAll('.card .v')].map((v) => v.textContent).slice(0, 4)).toEqual(['4', '3', '0', '1']);
    const links = [...summary.querySelectorAll('table.list a')].map((a) => a.getAttribute('href')).sort();
    expect(links).toEqual(['reports/a.html', 'reports/news/b.html', 'reports/news/seed.html']);
    expect(summary.body.textContent).toContain('empty.html');
    for (const link of links) inert(readFileSync(join(root, 'out', link!), 'utf8'));
    // A rerun skips every page and still reports them all.
    const again = await pith(root, ['site', '-o', 'out', '--report', 'out/reports', '-j', '1']);
    expect(again.err).toMatch(/0 cleaned, 3 skipped, 1 failed/);
    expect(inert(readFileSync(join(root, 'out', 'pith-report.html'), 'utf8')).querySelectorAll('table.list a').length).toBe(3);
  });

  it('never replaces a file in the out dir that is not a report pith wrote, unless --force', async () => {
    const root = batchTemp();
    put(root, 'site/a.html', page(1));
    put(root, 'site/c.html', page(2));
    put(root, 'out/pith-report.html', 'my own notes');
    put(root, 'out/reports/a.html', 'my own page');
    const r = await pith(root, ['site', '-o', 'out', '--report', 'out/reports', '-j', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pith-report\.html exists and is not a report pith wrote/);
    expect(readFileSync(join(root, 'out', 'pith-report.html'), 'utf8')).toBe('my own notes');
    expect(readFileSync(join(root, 'out', 'reports', 'a.html'), 'utf8')).toBe('my own page');
    expect(readFileSync(join(root, 'out', 'reports', 'c.html'), 'utf8')).toContain('<meta name="generator" content="pith">');
    const forced = await pith(root, ['site', '-o', 'out', '--report', 'out/reports', '-j', '1', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'reports', 'a.html'), 'utf8')).toContain('<meta name="generator" content="pith">');
  });
});
