/**
 * The reports in a real browser: headless Chromium (Debian package `chromium`, installed by
 * .ci/run) driven by playwright-core. Each report must show every removed block with its
 * kind, and hostile pages must open no dialog and make no request. Screenshots go to
 * test-output/report-browser/<engine>/ (outside git) for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { BatchSummary, pageReport, type SavedSidecar } from '../src/report/index.js';
import { KINDS } from '../src/types.js';
import { hostileHtml, hostileSidecar, hostileText } from './helpers/hostile-report.js';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.PITH_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'report-browser', process.env.PITH_DOM ?? 'linkedom');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) {
  console.warn(`report-browser: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does, or set PITH_CHROMIUM)`);
}

interface Made {
  file: string;
  sidecar: SavedSidecar | null;
}

async function pageFile(name: string, input: string | Uint8Array, path: string, format: 'auto' | 'text' = 'auto'): Promise<Made> {
  const r = await clean(input, { path, format });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  const sidecar = JSON.parse(JSON.stringify(r.sidecar)) as SavedSidecar;
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, pageReport(sidecar, { text: r.text }));
  return { file, sidecar };
}

describe.skipIf(!haveBrowser)('reports in headless Chromium', () => {
  let browser: Browser;
  const made: Record<string, Made> = {};

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    made.seed = await pageFile('seed', readFileSync(join(ROOT, 'samples/seed/input.txt')), 'samples/seed/input.txt');
    made.html = await pageFile('html-video-carousel', readFileSync(join(ROOT, 'samples/html-video-carousel/input.html')), 'samples/html-video-carousel/input.html');
    made.hostileHtml = await pageFile('hostile-html', hostileHtml(), 'hostile.html');
    made.hostileText = await pageFile('hostile-text', hostileText(), 'hostile.txt', 'text');
    const sidecar = hostileSidecar();
    made.hostileSidecar = { file: join(OUT, 'hostile-sidecar.html'), sidecar };
    writeFileSync(made.hostileSidecar.file, pageReport(sidecar, { text: 'x' }));
    const summary = new BatchSummary();
    for (const key of ['seed', 'html', 'hostileHtml', 'hostileText'] as const) {
      summary.add({ path: made[key]!.sidecar!.source.path, status: 'ok', error: null }, made[key]!.sidecar, [made[key]!.file.slice(OUT.length + 1)]);
    }
    summary.add({ path: 'broken.html', status: 'failed', error: 'found no story text in the page', errorCode: 'empty' }, null, null);
    summary.add({ path: 'notes.md', status: 'skipped', error: 'not a page', errorCode: undefined }, null, null);
    made.summary = { file: join(OUT, 'pith-report.html'), sidecar: null };
    writeFileSync(made.summary.file, summary.html('test-output'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Open a report with scripts allowed (so that any that slipped through would run), logging dialogs and requests. */
  async function open(made: Made, width = 1400) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const url = pathToFileURL(made.file).href;
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await context.route('**/*', (route) => {
      if (route.request().url() !== url) requests.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    await page.goto(url);
    await page.waitForLoadState('load');
    return { page, context, dialogs, requests, errors };
  }

  async function checkRemovedVisible(made: Made) {
    const { page, context, dialogs, requests } = await open(made);
    const rows = page.locator('.b.r');
    expect(await rows.count()).toBe(made.sidecar!.removed.length);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      await expect(row.isVisible()).resolves.toBe(true);
      const kind = await row.getAttribute('data-kind');
      expect(KINDS).toContain(kind);
      const tag = row.locator('.tag');
      await expect(tag.isVisible()).resolves.toBe(true);
      expect(await tag.textContent()).toBe(kind);
      const box = await row.boundingBox();
      expect(box!.height).toBeGreaterThan(10);
      expect(await row.getAttribute('title')).toMatch(new RegExp(`^${kind} — `));
    }
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    return { page, context };
  }

  it('the seed report shows the story and its four removed kinds, each block visible with its kind', async () => {
    const { page, context } = await checkRemovedVisible(made.seed!);
    const kinds = await page.locator('.b.r').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))].sort());
    expect(kinds).toEqual(['ad', 'comments', 'related', 'video']);
    expect(await page.locator('.b.kept').count()).toBe(made.seed!.sidecar!.kept!.length);
    // Shaded: a removed block's background is its kind's colour, a kept one has none.
    const shades = await page.evaluate(() => ({
      kept: getComputedStyle(document.querySelector('.b.kept')!).backgroundColor,
      removed: getComputedStyle(document.querySelector('.b.r')!).backgroundColor,
    }));
    expect(shades.kept).toBe('rgba(0, 0, 0, 0)');
    expect(shades.removed).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(OUT, 'seed.png'), fullPage: true });
    await context.close();
  });

  it('an HTML page report shows every removed block with its kind', async () => {
    const { page, context } = await checkRemovedVisible(made.html!);
    await page.screenshot({ path: join(OUT, 'html-video-carousel.png'), fullPage: true });
    await context.close();
  });

  it('hostile pages and sidecars run no script, open no dialog and make no request', async () => {
    for (const key of ['hostileHtml', 'hostileText', 'hostileSidecar'] as const) {
      const { page, context, dialogs, requests, errors } = await open(made[key]!);
      await page.waitForTimeout(200);
      expect(dialogs, key).toEqual([]);
      expect(requests, key).toEqual([]);
      expect(errors, key).toEqual([]);
      expect(await page.evaluate(() => document.scripts.length + document.querySelectorAll('iframe,object,embed,img,form,base,link').length)).toBe(0);
      expect(await page.locator('.b.r').count()).toBe(made[key]!.sidecar!.removed.length);
      await page.screenshot({ path: join(OUT, `${key}.png`), fullPage: true });
      await context.close();
    }
  });

  it('the batch summary renders its plots and links to the page reports', async () => {
    const { page, context, dialogs, requests } = await open(made.summary!);
    const svgs = page.locator('svg');
    expect(await svgs.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const box = await svgs.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(50);
      expect(await svgs.nth(i).locator('rect').count()).toBeGreaterThan(0);
    }
    const links = await page.locator('table.list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(4);
    for (const link of links) expect(existsSync(new URL(link))).toBe(true);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(OUT, 'pith-report.png'), fullPage: true });
    await context.close();
  });
});
