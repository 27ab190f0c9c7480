import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads the launcher (bin/pith.js) in a fresh Node (it sets a V8 flag, which must not leak
 * into the test process), cleans `page` with it and says, per script it compiled, whether V8
 * rejected the code cache it was given (undefined: none given).
 */
function probe(cache: 'built' | 'garbage' | 'none', page: string): { rejected: Record<string, boolean | undefined>; code: number } {
  const arg = { built: 'readCache', garbage: "() => Buffer.from('not a code cache')", none: '() => undefined' }[cache];
  const code = `const { loadCli, readCache } = require('./bin/pith.js');
    const { scripts, cli } = loadCli(${arg});
    const sink = { write: () => true };
    cli.run(['--quiet', ${JSON.stringify(page)}], { stdin: [], stdout: sink, stderr: sink, cwd: process.cwd() }).then((code) => {
      const rejected = Object.fromEntries([...scripts].map(([name, s]) => [name, s.cachedDataRejected]));
      console.log(JSON.stringify({ rejected, code }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }));
}

const TEXT = 'samples/seed/input.txt';
const HTML = 'samples/html-news-readmore/input.html';

describe('CLI launcher (bin/pith.js)', () => {
  it('V8 accepts the code caches the build wrote (same Node, same flags)', () => {
    expect(probe('built', HTML)).toEqual({ rejected: { cli: false }, code: 0 });
    expect(probe('built', TEXT)).toEqual({ rejected: { cli: false }, code: 0 });
  });

  it('the bundle is ASCII, so reading it as latin1 gives the source the build wrote', () => {
    for (const name of ['cli']) {
      const bytes = readFileSync(new URL(`../dist/${name}.cjs`, import.meta.url));
      expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    }
    // The vocabularies' non-ASCII letters are still there, as escapes.
    expect(readFileSync(new URL('../dist/cli.cjs', import.meta.url), 'latin1')).toMatch(/\\u00e9/);
  });

  it('a cache V8 rejects, or none, still loads and runs the CLI', () => {
    expect(probe('garbage', HTML)).toEqual({ rejected: { cli: true }, code: 0 });
    expect(probe('none', HTML)).toEqual({ rejected: { cli: undefined }, code: 0 });
  });
});
