/**
 * No catastrophic backtracking. Every regular-expression literal in src/ is collected with
 * the TypeScript scanner (so a new one is covered without anyone listing it) and run on
 * long pathological strings. This is the one timing check the suite allows: the bound is
 * generous (a linear scan of 20,000 characters takes well under a millisecond), and what it
 * catches is exponential or heavily polynomial behaviour, which takes seconds to hours.
 */
import { describe, expect, it } from 'vitest';
import { srcRegexLiterals } from './helpers/literals.js';

const LENGTH = 20_000;
/**
 * Milliseconds one exec may take on a 20,000-character string. Linear patterns need a few
 * ms even on a loaded machine; a quadratic one (/\s+$/ on a long run of spaces) needs a
 * second or more, and an exponential one never finishes, so the margin is wide both ways.
 */
const BOUND_MS = 250;

/** Characters a pattern mentions, so the attack strings speak its language. */
function alphabet(re: RegExp): string[] {
  const chars = new Set<string>();
  for (const m of re.source.replace(/\\[dDsSwWbBpPuxnrtfv]|\\./g, ' ').matchAll(/[^\\[\]()?*+{}|^$.]/g)) chars.add(m[0]);
  return [...chars];
}

/** Attack strings of about `n` characters: repetitions that make a backtracking engine try every split. */
function attacks(re: RegExp, n: number): string[] {
  const rep = (unit: string, tail = '') => unit.repeat(Math.max(1, Math.ceil(n / unit.length))) + tail;
  const out = [
    rep('a'),
    rep(' ', '!'),
    rep('\n', 'x'),
    rep(' \t\n', 'x'),
    rep('<'),
    rep('<a '),
    rep('<!--'),
    rep('<meta '),
    rep('<meta charset'),
    rep('aaaa ', '\u0000'),
    rep('.'),
    rep('-', '>'),
    rep('1,'),
    rep('é'),
    rep('\u00a0 ', 'x'),
    rep('ab', '\uFFFD'),
  ];
  const letters = alphabet(re);
  if (letters.length) {
    out.push(rep(letters.join(''), '\u0001'));
    out.push(rep(letters.map((c) => c.repeat(8)).join(''), '\u0001'));
    for (const c of letters.slice(0, 12)) out.push(rep(c, '\u0001'));
  }
  return out;
}

/**
 * Growing lengths: exponential backtracking already takes seconds at a few dozen
 * characters, so it fails there instead of hanging the run at the full length.
 */
const LENGTHS = [12, 16, 20, 24, 28, 32, 64, 400, 4_000, LENGTH];
/** Strings this short must go through in well under this; any sane pattern takes microseconds. */
const SHORT = 64;
const SHORT_BOUND_MS = 100;
/** Tries before a slow run counts: exponential patterns are slow every time, noise is not. */
const ATTEMPTS = 3;

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** exec() to the end (every match for global or sticky patterns), then replace() with a global copy. */
function runPattern(re: RegExp, s: string): void {
  const probe = new RegExp(re.source, re.flags);
  if (probe.global || probe.sticky) {
    let guard = 0;
    for (let m = probe.exec(s); m && guard < LENGTH * 3; m = probe.exec(s), guard++) if (m[0] === '') probe.lastIndex++;
  } else probe.exec(s);
  s.replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), '');
}

const all = srcRegexLiterals();

describe('regular expressions in src/', () => {
  it('are collected', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const { where, re } of all) {
    it(`${where} ${re.source.length > 60 ? re.source.slice(0, 60) + '…' : re.source}`, () => {
      for (const s of LENGTHS.flatMap((n) => attacks(re, n))) {
        const bound = s.length <= SHORT + 1 ? SHORT_BOUND_MS : BOUND_MS;
        // CPU time, not wall time, and the best of a few tries: a loaded machine (other
        // processes, a GC pause) must not fail a pattern whose cost is linear.
        let ms = Infinity;
        for (let attempt = 0; attempt < ATTEMPTS && ms >= bound; attempt++) ms = Math.min(ms, cpuMs(() => runPattern(re, s)));
        expect(ms, `${where} /${re.source}/ took ${Math.round(ms)} ms on ${JSON.stringify(s.slice(0, 24))}…`).toBeLessThan(bound);
      }
    });
  }
});
