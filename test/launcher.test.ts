import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads the launcher (bin/pith.js) in a fresh Node (it sets a V8 flag, which must not leak into the test process). */
function probe(cache: 'built' | 'garbage' | 'none'): { rejected: boolean | undefined; main: string } {
  const arg = { built: 'readCache()', garbage: "Buffer.from('not a code cache')", none: 'undefined' }[cache];
  const code = `const { loadCli, readCache } = require('./bin/pith.js');
    const { script, cli } = loadCli(${arg});
    console.log(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof cli.main }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }));
}

describe('CLI launcher (bin/pith.js)', () => {
  it('V8 accepts the code cache the build wrote (same Node, same flags)', () => {
    expect(probe('built')).toEqual({ rejected: false, main: 'function' });
  });

  it('the bundle is ASCII, so reading it as latin1 gives the source the build wrote', () => {
    const bytes = readFileSync(new URL('../dist/cli.cjs', import.meta.url));
    const firstNonAscii = bytes.findIndex((b) => b > 0x7f);
    expect(firstNonAscii).toBe(-1);
    // The vocabularies' non-ASCII letters are still there, as escapes.
    expect(bytes.toString('latin1')).toMatch(/\\u00e9/);
  });

  it('a cache V8 rejects, or none, still loads the CLI', () => {
    expect(probe('garbage')).toEqual({ rejected: true, main: 'function' });
    expect(probe('none')).toEqual({ rejected: undefined, main: 'function' });
  });
});
