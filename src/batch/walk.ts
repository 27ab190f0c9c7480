import { opendir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DirNamer, PAGE_EXTENSION, WARC_EXTENSION, reservedOutName, stemOf } from './names.js';

export interface WalkOptions {
  cwd: string;
  /** Real path of the out dir: never walked into, even when it sits inside an input folder. */
  outDirReal: string;
  include: readonly string[];
  exclude: readonly string[];
  hidden: boolean;
  followSymlinks: boolean;
  /** File arguments keep their folders below the folder common to all of them (--keep-dirs). */
  keepDirs?: boolean;
}

interface Base {
  /** The path as the user would type it (input argument joined with the path below it). */
  path: string;
}
/** One page file; `out` is its output location (segments, no extension) under the out dir. */
export interface PageItem extends Base { kind: 'page'; abs: string; out: string[] }
/** A WARC archive; its records become pages under the directory `out`. */
export interface WarcItem extends Base { kind: 'warc'; abs: string; out: string[] }
/** An input looked at and deliberately not cleaned (symlink leaving the tree, loop). */
export interface SkipItem extends Base { kind: 'skip'; reason: string }
/** An input that could not even be listed or opened (missing, unreadable directory). */
export interface ErrorItem extends Base { kind: 'error'; message: string }
export type WalkItem = PageItem | WarcItem | SkipItem | ErrorItem;

const toPosix = (p: string) => p.split(sep).join('/');

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function errorMessage(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'ELOOP') return 'too many levels of symbolic links';
  return err?.message ?? String(error);
}

/**
 * A matcher for globs as .gitignore reads them: a glob without "/" matches the file name at any
 * depth, one with "/" the path below the input folder. (picomatch's own `basename` option
 * applies to every glob, which breaks "news/**".)
 */
function globs(patterns: readonly string[]): (rel: string) => boolean {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length ? picomatch(byName, { dot: true }) : () => false;
  const path = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
  return (rel) => path(rel) || name(rel.slice(rel.lastIndexOf('/') + 1));
}

/**
 * Stream the inputs: files named on the command line and, recursively, the pages inside
 * folders. Directories are read one at a time and entries are yielded as they are found,
 * so memory does not grow with the size of the tree (only the set of directories already
 * entered, which is what makes symlink loops harmless). Entries are sorted so that every
 * run — and every shard — sees the same order and the same output names.
 */
export async function* walk(inputs: readonly string[], opts: WalkOptions): AsyncGenerator<WalkItem> {
  const included = opts.include.length ? globs(opts.include) : () => true;
  const excluded = opts.exclude.length ? globs(opts.exclude) : () => false;
  // Names at the out dir's root must not take pith's own (the manifest, the temporary folder).
  const top = new DirNamer(reservedOutName);
  const visited = new Set<string>();
  const soleFolder = inputs.length === 1;
  const keptDir = opts.keepDirs ? await folderKeeper(inputs, opts.cwd, top) : null;

  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    let st;
    try {
      st = await stat(abs);
    } catch (error) {
      yield { kind: 'error', path: input, message: errorMessage(error) };
      continue;
    }
    if (st.isDirectory()) {
      const root = await realpath(abs);
      const prefix = soleFolder ? [] : [top.claim(basename(root), [''])];
      yield* walkDir(abs, input, root, prefix, '');
    } else {
      const isWarc = WARC_EXTENSION.test(abs);
      const [dirs, namer] = keptDir ? keptDir(dirname(abs)) : [[], top];
      const name = namer.claim(stemOf(basename(abs)), isWarc ? [''] : ['.txt', '.json']);
      yield { kind: isWarc ? 'warc' : 'page', path: input, abs, out: [...dirs, name] };
    }
  }

  async function* walkDir(dir: string, shown: string, root: string, out: string[], relDir: string): AsyncGenerator<WalkItem> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      yield { kind: 'error', path: shown, message: errorMessage(error) };
      return;
    }
    if (real === opts.outDirReal || visited.has(real)) return;
    visited.add(real);
    let names: { name: string; isDir: boolean; isLink: boolean; isFile: boolean }[];
    try {
      const handle = await opendir(dir);
      names = [];
      // Only names and types are kept per entry: a directory of a million files costs tens of MB at most.
      for await (const e of handle) names.push({ name: e.name, isDir: e.isDirectory(), isLink: e.isSymbolicLink(), isFile: e.isFile() });
    } catch (error) {
      yield { kind: 'error', path: shown, message: `cannot list directory: ${errorMessage(error)}` };
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const namer = new DirNamer(out.length === 0 ? reservedOutName : undefined);
    for (const entry of names) {
      if (!opts.hidden && entry.name.startsWith('.')) continue;
      const abs = join(dir, entry.name);
      const path = join(shown, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let isDir = entry.isDir;
      let isFile = entry.isFile;
      if (entry.isLink) {
        let target: string;
        try {
          target = await realpath(abs);
          const st = await stat(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (error) {
          if (PAGE_EXTENSION.test(entry.name)) yield { kind: 'error', path, message: `broken symbolic link: ${errorMessage(error)}` };
          continue;
        }
        if (!opts.followSymlinks && !within(root, target)) {
          if (isDir || PAGE_EXTENSION.test(entry.name) || WARC_EXTENSION.test(entry.name)) {
            yield { kind: 'skip', path, reason: 'symbolic link to outside the input folder (use --follow-symlinks to follow it)' };
          }
          continue;
        }
      }
      if (isDir) {
        if (excluded(rel) || excluded(`${rel}/`)) continue;
        yield* walkDir(abs, path, root, [...out, namer.claim(entry.name, [''])], toPosix(rel));
        continue;
      }
      if (!isFile) continue;
      const isWarc = WARC_EXTENSION.test(entry.name);
      if (!isWarc && !PAGE_EXTENSION.test(entry.name)) continue;
      if (!included(rel) || excluded(rel)) continue;
      const name = namer.claim(stemOf(entry.name), isWarc ? [''] : ['.txt', '.json']);
      yield { kind: isWarc ? 'warc' : 'page', path, abs, out: [...out, name] };
    }
  }
}

/**
 * --keep-dirs: the out-dir folders of each file argument's folder, below the folder common to
 * every file argument (`a/x/p.html a/y/p.html` → `x/p`, `y/p`), each folder named once through
 * the namer of its parent so it cannot clash with another input's output, and the namer its
 * files are named by.
 */
async function folderKeeper(inputs: readonly string[], cwd: string, top: DirNamer): Promise<(dir: string) => [string[], DirNamer]> {
  const dirs: string[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const st = await stat(abs).catch(() => null);
    if (st && !st.isDirectory()) dirs.push(dirname(abs));
  }
  let root = dirs[0] ?? cwd;
  const outside = (d: string) => {
    const rel = relative(root, d);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  for (const d of dirs) while (root !== dirname(root) && outside(d)) root = dirname(root);
  const folders = new Map<string, [string[], DirNamer]>([['', [[], top]]]);
  const place = (rel: string): [string[], DirNamer] => {
    const known = folders.get(rel);
    if (known) return known;
    const [segments, parentNamer] = place(rel.includes(sep) ? rel.slice(0, rel.lastIndexOf(sep)) : '');
    const entry: [string[], DirNamer] = [[...segments, parentNamer.claim(basename(rel), [''])], new DirNamer()];
    folders.set(rel, entry);
    return entry;
  };
  return (dir) => place(relative(root, dir));
}
