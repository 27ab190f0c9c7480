/**
 * Content a browser without JavaScript renders is content: a page that serves its posts in
 * <noscript> behind an empty app shell (forum software does) is read from there, while the
 * usual "enable JavaScript" line or tracking pixel stays out. And a page whose text was all
 * removed fails with code `empty` instead of coming out silently empty.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { prestrip } from '../src/html/prestrip.js';
import { validateSidecar } from './schema.js';

const P1 = 'Since the resolver became aware of the minimum supported version, can we treat raising that version as a change that breaks nobody who builds the crate today?';
const P2 = 'Raising the minimum supported version has never been broadly considered a breaking change, although a few projects choose to treat it as one and say so.';
const P3 = 'As a maintainer I can confirm that reading: the crate no longer treats such a bump as breaking, so it may come in a patch release from now on.';

const shell = (noscript: string, shown = '') =>
  `<!DOCTYPE html><html><head><title>A thread</title><noscript><link rel="stylesheet" href="x.css"></noscript></head>` +
  `<body><header><a href="/">Forum</a></header><div id="app">${shown}Loading</div><noscript>${noscript}</noscript><footer>Powered by forum software</footer></body></html>`;

describe('noscript', () => {
  it('prestrip unwraps <noscript> in the body only when asked, and measures what it drops', () => {
    const html = '<head><noscript><link rel="x"></noscript></head><body><noscript><p>kept text</p></noscript></body>';
    const stats = { noscriptChars: 0 };
    expect(prestrip(html, { stats })).toBe('<head></head><body></body>');
    expect(stats.noscriptChars).toBe('kept text'.length);
    expect(prestrip(html, { keepNoscript: true })).toBe('<head></head><body><p>kept text</p></body>');
  });

  it('reads the posts of a page whose content sits in <noscript>', async () => {
    const posts = [P1, P2, P3].map((p, i) => `<div class="post"><span class="author">user${i}</span><p>${p}</p></div>`).join('');
    const r = await clean(shell(posts), { format: 'html', title: false, debug: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    validateSidecar(r.sidecar);
    expect(r.text).toContain(P1);
    expect((r.sidecar.debug as { messages: { code: string }[] }).messages.map((m) => m.code)).toContain('noscript');
  });

  it('leaves a short <noscript> notice out when the body has the story', async () => {
    const story = [P1, P2, P3].map((p) => `<p>${p}</p>`).join('');
    const r = await clean(shell('Please enable JavaScript to use this site.', `<article>${story}</article>`), { format: 'html', title: false });
    expect(r.ok && r.text).toContain(P3);
    expect(r.ok && r.text).not.toContain('enable JavaScript');
  });

  it('fails with code empty when every text block of a page was removed', async () => {
    const html = '<html><head><title>Menu</title></head><body><nav><a href="/a">Home</a> <a href="/b">About</a></nav><footer>© 2026 Example</footer></body></html>';
    const r = await clean(html, { format: 'html', title: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('empty');
  });
});
