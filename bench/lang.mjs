// Language accuracy: the sidecar's `lang` against the language each benchmark page declares
// (<html lang>, Content-Language or og:locale, as the HTML run reads it into `langDeclared`),
// for the HTML pages and for their text flattenings (text/, which declare nothing: judged
// against the HTML's declaration). Reported per set and per tune/check part (bench/split.mjs),
// with the language stage's time per page. A page whose declaration is wrong counts as a miss
// even when the detection is right; --misses lists them, to read.
//
//   node bench/lang.mjs [scrapinghubDir] [--wcxb DIR] [--bench scrapinghub|wcxb|both] [--misses]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { setChoice, standardSets } from './corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { flag, value, positional } = commandLine(['--wcxb', '--bench', '--dist']);
const { clean } = await import(join(resolve(value('--dist', join(here, '../dist'))), 'index.js'));
const choice = setChoice(value, positional);
choice.formats = ['html', 'text'];

/** The primary subtag, with a macrolanguage's members named as it (nb/nn are Norwegian). */
const primary = (tag) => {
  const p = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(p)) return null;
  return { nb: 'no', nn: 'no', nob: 'no', cmn: 'zh', zho: 'zh', eng: 'en', deu: 'de', fra: 'fr', spa: 'es' }[p] ?? p;
};

const rows = [];
for (const bench of choice.bench) {
  const [htmlSet, textSet] = await standardSets({ ...choice, bench: [bench], formats: ['html', 'text'] });
  const declared = new Map();
  for (const set of [htmlSet, textSet]) {
    const tally = { tune: [0, 0], check: [0, 0] };
    const sources = {};
    const misses = [];
    let ms = 0;
    let timed = 0;
    for (const page of set.pages) {
      const result = await clean(await readFile(page.path), { path: page.file, title: false, format: set.format, debug: true });
      const sc = result.sidecar;
      const t = sc.debug?.timings?.language;
      if (typeof t === 'number') (ms += t), timed++;
      if (set.format === 'html') declared.set(page.id, primary(sc.langDeclared));
      const want = declared.get(page.id);
      if (!want) continue;
      const ok = primary(sc.lang) === want;
      tally[page.part][0] += ok ? 1 : 0;
      tally[page.part][1]++;
      sources[sc.langSource] = (sources[sc.langSource] ?? 0) + 1;
      if (!ok) misses.push(`${page.id} declared ${want}, got ${sc.lang} (${sc.langSource})`);
    }
    const acc = ([r, n]) => (n ? (r / n).toFixed(3) : '—');
    const all = [tally.tune[0] + tally.check[0], tally.tune[1] + tally.check[1]];
    rows.push({ set: `${bench} ${set.format}`, pages: set.pages.length, declared: all[1], tune: acc(tally.tune), check: acc(tally.check), all: acc(all), misses: misses.length, 'ms/page': timed ? (ms / timed).toFixed(2) : '—', sources: JSON.stringify(sources) });
    if (flag('--misses')) for (const m of misses) console.log(`  ${bench} ${set.format}: ${m}`);
  }
}
console.table(rows);
