/**
 * Hostile pages and sidecars for the report tests (test/report.test.ts checks the markup,
 * test/report-browser.test.ts opens the reports in Chromium): every string here must come
 * out of a report as text, never as markup, attribute, URL or script.
 */
import type { SavedSidecar } from '../../src/report/page.js';

export const HOSTILE = [
  '<script>alert(1)</script>',
  '</textarea><script>alert(2)</script>',
  '"><img src=x onerror=alert(3)>',
  "'><svg onload=alert(4)>",
  'javascript:alert(5)',
  '</style><script>alert(6)</script>',
  '<!--<script>alert(7)</script>-->',
  '</title><script>alert(8)</script>',
  '&lt;script&gt;alert(9)&lt;/script&gt;',
  '＜script＞alert(10)＜／script＞',
  '`${alert(11)}` {{constructor.constructor("alert(12)")()}}',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(13)">',
  '<a href="https://example.invalid/steal">link</a><link rel=stylesheet href=//example.invalid/x.css>',
  '<base href="https://example.invalid/">',
  'rtl \u202eevil\u202c and \u2066isolate\u2069',
];

/** An HTML page whose text, attributes and URLs are hostile (entity-escaped where they are text). */
export function hostileHtml(): string {
  const ent = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paras = HOSTILE.map((h, i) => `<p>Paragraph ${i + 1} of the story quotes the string ${ent(h)} as plain text, and the council said the bridge would open next spring after years of debate.</p>`).join('\n');
  return `<!doctype html><html lang="en\\"><head><meta charset="utf-8"><title>${ent(HOSTILE[7]!)} Hostile headline</title>
<link rel="canonical" href="javascript:alert('canonical')">
<meta property="og:site_name" content="${ent(HOSTILE[2]!)}">
<meta name="author" content="${ent(HOSTILE[3]!)}">
<script>alert('page script')</script><style>body{background:url(https://example.invalid/bg.png)}</style></head>
<body onload="alert('body')"><nav><a href="javascript:alert('nav')">Home ${ent(HOSTILE[0]!)}</a> <a href="/news">News</a> <a href="/x">Sport</a></nav>
<svg onload="alert('svg')"><script>alert('svg script')</script></svg>
<article><h1>Hostile headline ${ent(HOSTILE[1]!)}</h1>
${paras}
<img src="https://example.invalid/pixel.gif" onerror="alert('img')">
</article>
<aside class="related"><h2>Related ${ent(HOSTILE[5]!)}</h2><ul>
<li><a href="javascript:alert('related')">${ent(HOSTILE[4]!)} another story</a></li>
<li><a href="https://example.invalid/b?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">${ent(HOSTILE[12]!)}</a></li></ul></aside>
<div class="comments"><h3>Comments</h3><p>${ent(HOSTILE[6]!)} first!</p><textarea>${ent(HOSTILE[1]!)}</textarea></div>
<footer>© ${ent(HOSTILE[13]!)}</footer></body></html>`;
}

/** A text scrape with hostile lines among a story. */
export function hostileText(): string {
  const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: the council met on Tuesday to discuss the new bridge, and residents said the plan, debated for years, would ease traffic.`);
  return ['Hostile scrape headline <script>alert(1)</script>', '', ...story, '', 'Related Articles', ...HOSTILE.map((h) => `${h} · 2 hours ago`), ''].join('\n');
}

/** A hand-made sidecar with a hostile value in every field a report shows. */
export function hostileSidecar(): SavedSidecar {
  const h = (i: number) => HOSTILE[i % HOSTILE.length]!;
  return {
    schemaVersion: 1,
    source: { path: h(2), bytes: 1, sha256: h(3), format: 'html', encoding: h(0), gzip: false },
    title: h(7),
    byline: h(1),
    authors: [h(1), h(8)],
    published: h(4),
    modified: h(9),
    metaSources: { title: h(2), byline: h(3), published: h(4), modified: null, siteName: null },
    siteName: h(5),
    lang: h(3),
    url: 'javascript:alert(document.domain)',
    excerpt: h(6),
    pageType: h(11),
    wordCount: 3,
    kept: [
      { text: h(0), type: 'heading', position: { index: 0, path: h(2) }, title: true },
      { text: h(1), type: 'paragraph', position: { index: 2, path: h(3), order: 5 } },
    ],
    removed: HOSTILE.map((text, i) => ({
      kind: (i === 3 ? '"><script>alert(kind)</script>' : 'related') as 'related',
      rule: h(i + 1),
      reason: h(i + 2),
      text,
      position: { index: i === 0 ? 1 : -1, path: h(i + 3), ...(i % 2 ? { order: i } : {}) },
    })),
    related: [],
    warnings: [h(8), h(0)],
  };
}
