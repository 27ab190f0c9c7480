// The benchmark corpora as the bench scripts see them: which folders hold which pages, the
// truth of a page (body, page type, `with`/`without` snippets), and the scores of one output
// against it. Shared by quality.mjs (the tables and the gate) and rules.mjs (the ablation).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { f1, scorePage } from './metric.mjs';
import { part } from './split.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_DIRS = {
  scrapinghub: resolve(here, '../../shared/bench/scrapinghub'),
  wcxb: resolve(here, '../../shared/bench/wcxb'),
};
/** The data folders and sets a bench command line names: [scrapinghubDir] --wcxb --bench --set. */
export function setChoice(value, positional) {
  return {
    dirs: { scrapinghub: resolve(positional[0] ?? DEFAULT_DIRS.scrapinghub), wcxb: resolve(value('--wcxb', DEFAULT_DIRS.wcxb)) },
    formats: value('--set', 'both') === 'both' ? ['html', 'text'] : [value('--set')],
    bench: value('--bench', 'both') === 'both' ? ['scrapinghub', 'wcxb'] : [value('--bench')],
  };
}
const INPUT = /\.(html\.gz|html|txt)$/;

/**
 * One scored set: a folder of inputs of one format and the truth they are scored against.
 * `key` names it in baselines and floors: ScrapingHub keeps its historical keys `html` and
 * `text`; WCXB is `wcxb/html`, `wcxb/text`; a flattening folder is `dir:<parent>/<folder>`.
 */
export async function loadSet({ key, label, dir, format, truthPath }) {
  const truth = JSON.parse(await readFile(truthPath, 'utf8'));
  const files = (await readdir(dir)).filter((f) => INPUT.test(f)).sort();
  const pages = [];
  for (const file of files) {
    const id = file.replace(INPUT, '');
    // A generated set names its part in the truth (its draw); a benchmark page is split by its id.
    if (truth[id]) pages.push({ id, file, path: join(dir, file), truth: truth[id], part: truth[id].part ?? part(id) });
  }
  return { key, label, dir, format, pages };
}

/** The sets named on the command line: `bench` is scrapinghub, wcxb or both; `formats` html and/or text. */
export async function standardSets({ bench, formats, dirs }) {
  const out = [];
  for (const name of bench) {
    for (const format of formats) {
      const root = dirs[name];
      out.push(
        await loadSet({
          key: name === 'scrapinghub' ? format : `${name}/${format}`,
          label: `${name} ${format}`,
          dir: join(root, format),
          format,
          truthPath: join(root, 'ground-truth.json'),
        }),
      );
    }
  }
  return out;
}

/** A folder of text scrapes (a flattening, a generated set) scored against a truth file. */
export function textDirSet(dir, truthPath) {
  // The folder and its parent name it: flat/lynx, aggregator/check/text -> check/text.
  const name = `${basename(resolve(dir, '..'))}/${basename(resolve(dir))}`;
  return loadSet({ key: `dir:${name}`, label: `text folder ${dir}`, dir: resolve(dir), format: 'text', truthPath: resolve(truthPath) });
}

/**
 * Snippet matching as Trafilatura's evaluation does it (a plain `in` on the output), with
 * whitespace runs collapsed to one space on both sides, since our outputs break lines where
 * the page did and the snippets were cut from rendered text. Case-sensitive: every WCXB
 * `with` snippet is found in its own articleBody this way (2406 of 2406), so the data needs
 * nothing looser; 2 of 2674 `without` snippets also occur in their page's articleBody, so even
 * the truth itself "leaks" 2.
 */
export function normalise(text) {
  return text.replace(/\s+/gu, ' ').trim();
}

export function snippets(truth, text) {
  const have = normalise(text);
  const withs = truth.with ?? [];
  const withouts = truth.without ?? [];
  return {
    withTotal: withs.length,
    withFound: withs.filter((s) => have.includes(normalise(s))).length,
    withoutTotal: withouts.length,
    leaked: withouts.filter((s) => have.includes(normalise(s))).length,
  };
}

/** Everything a page's row needs: the metric's P/R, its F1, and the snippet counts. */
export function scoreOutput(page, text) {
  const s = scorePage(page.truth.articleBody ?? '', text);
  return { id: page.id, type: page.truth.page_type, part: page.part, precision: s.precision, recall: s.recall, f1: f1(s.precision ?? 0, s.recall ?? 0), ...snippets(page.truth, text) };
}

/**
 * "Keep the whole page": the reference every row is compared with. For a text scrape it is
 * the scrape as given; for HTML, every text node of the body (scripts, styles and templates
 * removed) on a line of its own, as BeautifulSoup's get_text("\n") gives it.
 */
export function wholePage(bytes, format) {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const source = new TextDecoder('utf-8').decode(raw);
  if (format === 'text') return source;
  const { document } = parseHTML(source);
  for (const el of document.querySelectorAll('script, style, template')) el.remove();
  const root = document.body ?? document.documentElement;
  const lines = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const t = child.textContent.trim();
        if (t) lines.push(t);
      } else if (child.nodeType === 1) walk(child);
    }
  };
  if (root) walk(root);
  return lines.join('\n');
}
