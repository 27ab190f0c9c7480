/**
 * The import structure of src/: no cycles (type-only imports count too: a cycle of types is
 * still two files that cannot be read apart) and no import against the layers below. Read
 * from the sources' own import lines, so it needs no tool and fails on the first new cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** file (relative to src, e.g. "html/prune.ts") → the src files it imports. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const source = readFileSync(file, 'utf8');
    const deps = [...source.matchAll(IMPORT)].map((m) => relative(SRC, resolve(dirname(file), (m[1] ?? m[2])!)).replace(/\.js$/, '.ts'));
    g.set(relative(SRC, file), [...new Set(deps)]);
  }
  return g;
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || g.get(v)!.includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

/**
 * The layers, top down: a file may import its own layer's files and those of layers below,
 * never above. html/ and text/ are the two paths side by side: neither imports the other
 * (what both need lives below them).
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['cli/'],
  ['batch/'],
  ['index.ts', 'report/'],
  ['pipeline.ts'],
  ['stages/'],
  ['classify/'],
  ['html/', 'text/', 'pagetype/'],
  ['document.ts', 'options.ts', 'rules/', 'language/', 'vocab/', 'meta/', 'render/'],
  ['types.ts', 'thresholds.ts', 'limits.ts', 'exit.ts', 'write.ts', 'lazy.ts', 'measure.ts', 'owner.ts'],
];
const layerOf = (file: string) => LAYERS.findIndex((names) => names.some((n) => (n.endsWith('/') ? file.startsWith(n) : file === n)));
const group = (file: string) => LAYERS[layerOf(file)]!.find((n) => (n.endsWith('/') ? file.startsWith(n) : file === n));

describe('import structure of src/', () => {
  const g = graph();

  it('places every file in a layer', () => {
    expect([...g.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(g)).toEqual([]);
  });

  it('never imports a layer above, nor across the html/text paths', () => {
    const wrong: string[] = [];
    for (const [file, deps] of g) {
      for (const dep of deps) {
        if (!g.has(dep)) continue;
        const up = layerOf(dep) < layerOf(file);
        const across = layerOf(dep) === layerOf(file) && group(dep) !== group(file) && group(file)!.endsWith('/') && (group(file) === 'html/' || group(file) === 'text/');
        if (up || across) wrong.push(`${file} -> ${dep}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the cycles it is meant to find', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});
