/**
 * The DOM engines (src/html/dom.ts) and the pre-strip pass that runs before either
 * (src/html/prestrip.ts). linkedom is the default; jsdom must give the same result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, resolveOptions } from '../src/index.js';
import { run } from '../src/cli/run.js';
import { prestrip } from '../src/html/prestrip.js';
import { loadDom } from '../src/html/dom.js';
import { elementPath } from '../src/html/blocks.js';
import { fakeIO } from './helpers/io.js';

const STORY = [
  'The harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said in a statement.',
  'Fishing boats returned to their moorings by mid-morning, and the ferry to the islands resumed its usual timetable.',
  'Engineers said the damage had been less severe than first feared, although the northern pier will stay closed until spring.',
];

function page(extraHead: string, bodyBefore: string, bodyAfter = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour reopens</title>
<meta property="og:title" content="Harbour reopens after storm">${extraHead}</head><body>${bodyBefore}
<article><h1>Harbour reopens after storm</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<p>Read the <a href="/reports/breakwater">engineers' report</a> for the details of the repair, published this week.</p>
</article>${bodyAfter}</body></html>`;
}

const FIXTURES: Record<string, { html: string; url?: string }> = {
  plain: { html: page('', '') },
  'relative links with a page URL': { html: page('', '<nav><a href="../a">Home</a> <a href="#top">Top</a></nav>'), url: 'https://news.example/2024/05/harbour.html' },
  'a <base href>': { html: page('<base href="https://cdn.example/site/">', ''), url: 'https://news.example/harbour' },
  // linkedom's document.head and .body look only at the root's first two elements; a browser
  // moves strays into them. Both shapes were seen in crawled pages and came out empty.
  'a <link> before <head>': { html: page('', '').replace('<html lang="en"><head>', '<html lang="en"><link rel="preconnect" href="https://cdn.example"><head>') },
  'elements between </head> and <body>': { html: page('', '').replace('</head><body>', '</head><style>.x{}</style><script>var a = 1;</script><link rel="stylesheet" href="/s.css"><body>') },
  'JSON-LD metadata': {
    html: page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-07T08:00:00Z","author":{"name":"Ana Ruiz"}}</script>', ''),
  },
  'scripts, styles, SVG and comments': {
    html: page(
      '<style>@media (min-width: 1px) { .x { min-height: calc(($a - $b - 16px) / 16 * 9) } }</style><script>var s = "</div><p>not story</p>";</script>',
      '<!-- <p>commented out</p> --><svg viewBox="0 0 1 1"><text>Logo</text><svg><title>inner</title></svg></svg><template><p>template text</p></template>',
      '<noscript><p>Enable JavaScript</p></noscript>',
    ),
  },
};

function htmlSamples(): Array<[string, Buffer]> {
  const root = join(import.meta.dirname, '..', 'samples');
  const out: Array<[string, Buffer]> = [];
  for (const name of readdirSync(root)) {
    const input = readdirSync(join(root, name)).find((f) => /^input\.x?html?(\.gz)?$/.test(f));
    if (input) out.push([`samples/${name}`, readFileSync(join(root, name, input))]);
  }
  return out;
}

describe('DOM engines', () => {
  it('the suite runs on the engine its vitest project names', () => {
    expect(resolveOptions({}).dom).toBe(process.env.PITH_DOM ?? 'linkedom');
    expect(resolveOptions({ dom: 'jsdom' }).dom).toBe('jsdom');
  });

  it('rejects an unknown engine', () => {
    expect(() => resolveOptions({ dom: 'happy-dom' as never })).toThrow(/dom must be linkedom or jsdom/);
  });

  const cases: Array<[string, string | Buffer, string | undefined]> = [
    ...Object.entries(FIXTURES).map(([name, f]): [string, string, string | undefined] => [name, f.html, f.url]),
    ...htmlSamples().map(([name, bytes]): [string, Buffer, undefined] => [name, bytes, undefined]),
  ];
  for (const [name, input, url] of cases) {
    it(`linkedom and jsdom give the same text and sidecar: ${name}`, async () => {
      const options = { format: 'html' as const, url: url ?? null };
      const a = await clean(input, { ...options, dom: 'linkedom' });
      const b = await clean(input, { ...options, dom: 'jsdom' });
      expect(a.ok && b.ok).toBe(true);
      expect(a.ok && a.text).toBe(b.ok && b.text);
      expect(a.sidecar).toEqual(b.sidecar);
    });
  }

  it('resolves links as jsdom does, against the page URL or its <base href>', async () => {
    const links = async (dom: 'linkedom' | 'jsdom', html: string, url: string | null) => {
      const page = (await loadDom(dom))(html, url);
      try {
        // blocks.ts reads a link as `a.href || getAttribute('href')`.
        return Array.from(page.document.querySelectorAll('a')).map((a) => (a as HTMLAnchorElement).href || a.getAttribute('href'));
      } finally {
        page.close();
      }
    };
    const html = '<p><a href="../a">up</a> <a href="#top">top</a> <a href="HTTPS://Example.COM">abs</a> <a href="javascript:void(0)">js</a> <a href="http://[bad">bad</a> <a href="rel">rel</a></p>';
    for (const [head, url] of [['', 'https://news.example/2024/05/harbour.html'], ['', null], ['<base href="https://cdn.example/site/">', 'https://news.example/x'], ['<base href="/root/">', null]] as const) {
      const doc = `<html><head>${head}</head><body>${html}</body></html>`;
      const want = await links('jsdom', doc, url);
      expect(await links('linkedom', doc, url)).toEqual(want);
    }
    expect(await links('linkedom', `<body>${html}</body>`, 'https://news.example/2024/05/harbour.html')).toContain('https://news.example/2024/a');
  });

  it('reads JSON-LD metadata, which prestrip keeps', async () => {
    const ld = await clean(FIXTURES['JSON-LD metadata']!.html, { format: 'html' });
    // The stamp as the page states it (ISO 8601 with its own offset), not re-written in UTC.
    expect(ld.sidecar.published).toBe('2024-05-07T08:00:00Z');
    expect(ld.sidecar.byline).toBe('Ana Ruiz');
  });

  it('never shows script, style, SVG, template, noscript or comment text, and survives CSS jsdom cannot parse', async () => {
    for (const dom of ['linkedom', 'jsdom'] as const) {
      const result = await clean(FIXTURES['scripts, styles, SVG and comments']!.html, { format: 'html', dom });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      for (const p of STORY) expect(result.text).toContain(p);
      for (const gone of ['not story', 'commented out', 'Logo', 'inner', 'template text', 'Enable JavaScript', 'calc(']) {
        expect(result.text).not.toContain(gone);
        expect(JSON.stringify(result.sidecar)).not.toContain(gone);
      }
    }
  });

  it('the CLI takes --dom and refuses an unknown engine', async () => {
    const io = fakeIO(FIXTURES.plain!.html);
    expect(await run(['--dom', 'jsdom'], io)).toBe(0);
    expect(io.out()).toContain(STORY[0]);
    const bad = fakeIO(FIXTURES.plain!.html);
    expect(await run(['--dom', 'nodom'], bad)).toBe(2);
    expect(bad.err()).toMatch(/--dom/);
  });
});

describe('prestrip', () => {
  it('drops scripts, styles, SVG, MathML, templates, noscript and comments, and keeps the rest byte for byte', () => {
    const html = '<p>a</p><script src="x.js"></script><SCRIPT>if (a<b) x("</p>")</SCRIPT><p>b</p><style>p{}</style><!-- c --><svg><svg/><path/></svg><math><mi>x</mi></math><template><p>t</p></template><noscript><img src=x></noscript><p>c</p>';
    expect(prestrip(html)).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  it('keeps JSON-LD scripts, which the metadata is read from', () => {
    const ld = '<script type="application/ld+json">{"headline":"</p>"}</script>';
    expect(prestrip(`<p>a</p>${ld}<script>x</script>`)).toBe(`<p>a</p>${ld}`);
  });

  it('follows the tokenizer: tag-like text in attribute values, raw text and comments is not a tag', () => {
    const kept = '<a title="<script>x</script>" href=\'>\'>link</a><textarea><script>x</script></textarea><title><svg></title><p>after</p>';
    expect(prestrip(kept)).toBe(kept);
    expect(prestrip('<p>a</p><!-- <script> --><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(prestrip('<p>a</p><!--><p>b</p><!---><p>c</p>')).toBe('<p>a</p><p>b</p><p>c</p>');
    expect(prestrip('<script>a</scripts>b</script ><p>c</p>')).toBe('<p>c</p>');
  });

  it('leaves an element the page never closes to the parser, and an unclosed comment or script ends the page', () => {
    expect(prestrip('<div><svg><path/></div><p>text</p>')).toBe('<div><svg><path/></div><p>text</p>');
    expect(prestrip('<p>a</p><!-- never closed <p>b</p>')).toBe('<p>a</p>');
    expect(prestrip('<p>a</p><script>never closed')).toBe('<p>a</p>');
  });

  it('returns the very string when there is nothing to strip', () => {
    const html = '<p>İstanbul ẞ</p><P>b</P>';
    expect(prestrip(html)).toBe(html);
  });
});

describe('block paths', () => {
  it('number same-tag siblings, on either engine', async () => {
    for (const dom of ['linkedom', 'jsdom'] as const) {
      const page = (await loadDom(dom))('<html><body><article><p>a</p><div>b</div><p>c</p><h2 id="h">d</h2><ul><li>e</li></ul></article></body></html>', null);
      const nth = new Map();
      const [p1, p2] = Array.from(page.document.querySelectorAll('p'));
      expect(elementPath(p1!, nth)).toBe('body > article > p:nth-of-type(1)');
      expect(elementPath(p2!, nth)).toBe('body > article > p:nth-of-type(2)');
      expect(elementPath(page.document.querySelector('div')!, nth)).toBe('body > article > div');
      expect(elementPath(page.document.querySelector('li')!)).toBe('body > article > ul > li');
      page.close();
    }
  });
});
