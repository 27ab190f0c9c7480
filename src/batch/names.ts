import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { BATCH_MAX_NAME_BYTES } from '../thresholds.js';

/** Page extensions the walk accepts, each also gzipped; WARC archives are expanded into pages. */
export const PAGE_EXTENSION = /\.(x?html?|txt)(\.gz)?$/i;
export const WARC_EXTENSION = /\.warc(\.gz)?$/i;

// Names Windows refuses whatever the extension; outputs may be copied there.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const encoder = new TextEncoder();

/**
 * One path segment made safe to create inside the out dir: no separators, no NUL or
 * control characters, never "." or "..", no trailing dots or spaces, and at most
 * BATCH_MAX_NAME_BYTES bytes (a long name keeps its head plus a hash of the whole, so two
 * long names that share a head stay distinct).
 */
export function safeSegment(raw: string): string {
  let s = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_');
  // Trailing dots and spaces, trimmed by a loop: /[. ]+$/ is quadratic on a long run of them.
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === ' ')) end--;
  s = s.slice(0, end);
  if (s === '' || s === '.' || s === '..') s = '_';
  if (/^\.+$/.test(s)) s = '_';
  if (RESERVED.test(s)) s = `_${s}`;
  if (encoder.encode(s).byteLength > BATCH_MAX_NAME_BYTES) {
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, 12);
    let head = s;
    while (encoder.encode(head).byteLength > BATCH_MAX_NAME_BYTES - 13) head = [...head].slice(0, -1).join('');
    s = `${head}~${hash}`;
  }
  return s;
}

/** `story.html.gz` → `story`; `crawl.warc.gz` → `crawl`. */
export function stemOf(fileName: string): string {
  return fileName.replace(PAGE_EXTENSION, '').replace(WARC_EXTENSION, '') || fileName;
}

/**
 * Hands out output stems within one directory of the out tree so two inputs never share a
 * file: names are compared case- and normalisation-insensitively (macOS and Windows file
 * systems are both), and the second `page` becomes `page-2`. Deterministic for a sorted walk,
 * so a rerun maps every input to the same output again.
 */
export class DirNamer {
  private readonly taken = new Set<string>();

  /** `reserved`: names this directory keeps for pith's own files (the out dir's root: reservedOutName). */
  constructor(private readonly reserved: (name: string) => boolean = () => false) {}

  /** Claim `stem` + each suffix (".txt" and ".json" for a page, "" for a folder) as one unit. */
  claim(stem: string, suffixes: readonly string[]): string {
    const base = safeSegment(stem);
    let candidate = base;
    const clash = (x: string) => this.taken.has(fold(candidate + x)) || this.reserved(fold(candidate + x));
    for (let n = 2; suffixes.some(clash); n++) candidate = `${base}-${n}`;
    for (const x of suffixes) this.taken.add(fold(candidate + x));
    return candidate;
  }
}

/**
 * The names pith keeps for itself at the root of the out dir — the manifest, its journal, the
 * lock and the temporary folder, for every shard (batch.ts, manifest.ts, lock.ts, writer.ts) —
 * compared as DirNamer compares (case-folded). An input whose output would take one (a folder
 * named pith-manifest.jsonl, a hidden .pith-tmp/ with --hidden) gets "-2" like any clash.
 */
export const RESERVED_OUT_NAME = /^(?:\.pith-tmp|\.?pith-manifest(?:\.\d+-of-\d+)?\.jsonl(?:\.journal)?|\.pith-lock\.(?:all|\d+-of-\d+))$/;

export const reservedOutName = (folded: string): boolean => RESERVED_OUT_NAME.test(folded);

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Join sanitised segments under `root` and prove the result stays inside it: the last line
 * of defence should a segment ever slip through unsanitised.
 */
export function insideOut(root: string, segments: readonly string[]): string {
  const path = resolve(root, ...segments);
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    throw new Error(`output path escapes the out dir: ${JSON.stringify(segments.join('/'))}`);
  }
  return path;
}
