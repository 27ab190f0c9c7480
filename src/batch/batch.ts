import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { EXIT } from '../exit.js';
import { writeProblem } from '../write.js';
import { DEFAULT_OPTIONS } from '../options.js';
import {
  BATCH_INFLIGHT_PER_WORKER,
  BATCH_INTERRUPT_GRACE_MS,
} from '../thresholds.js';
import type { BatchConfig, Signal } from './config.js';
import { Gate } from './gate.js';
import { takeLock } from './lock.js';
import { Manifest, type ManifestLine } from './manifest.js';
import { DirNamer, insideOut } from './names.js';
import { poolFor } from './pool.js';
import { Progress, summaryLine, type Tally } from './progress.js';
import { inShard } from './shard.js';
import { errorMessage, walk, type WalkOptions } from './walk.js';
import { warcPages } from './warc.js';
import { FatalWriteError, OutWriter } from './writer.js';

/** One page to clean, whatever it came from (a file, or a WARC record). */
interface Page {
  /** Manifest key: the path as typed, plus "#record-id" for a WARC record. */
  path: string;
  /** Output location under the out dir, sanitised segments, no extension. */
  out: string[];
  read: () => Promise<Uint8Array>;
  url?: string | null;
  charset?: string | null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * `pith <dirs or files…> -o <out>`: walk, clean in a worker pool, write each page's .txt and
 * .json atomically, record every input in the manifest, resume what an earlier run finished.
 */
export async function runBatch(cfg: BatchConfig): Promise<number> {
  const started = Date.now();
  let progress: Progress | null = null;
  const err = (line: string) => {
    progress?.clear();
    cfg.stderr.write(`pith: ${line}\n`);
  };
  const tag = cfg.shard ? `${cfg.shard.index}-of-${cfg.shard.count}` : 'all';
  const writer = new OutWriter(cfg.outDir, tag, cfg.fs);
  try {
    await writer.open();
  } catch (error) {
    err(error instanceof FatalWriteError ? `out dir: ${error.message}` : `cannot use the out dir ${cfg.outDir}: ${errorMessage(error)}`);
    return EXIT.FAILED;
  }
  const lock = await takeLock(cfg.fs, cfg.outDir, tag).catch((error: unknown) => error as Error);
  if (lock instanceof Error || 'heldBy' in lock) {
    err(lock instanceof Error ? `cannot use the out dir ${cfg.outDir}: ${writeProblem(lock)}` : `another pith run (pid ${lock.heldBy}) is writing to ${cfg.outDir}; wait for it or stop it`);
    return EXIT.FAILED;
  }
  const manifest = new Manifest(writer, cfg.shard ? `pith-manifest.${tag}.jsonl` : 'pith-manifest.jsonl');
  try {
    await writer.resetTemp();
    await manifest.open();
  } catch (error) {
    err(error instanceof FatalWriteError ? `out dir: ${error.message}` : `cannot use the out dir ${cfg.outDir}: ${errorMessage(error)}`);
    await lock.release().catch(() => undefined);
    return EXIT.FAILED;
  }

  const tally: Tally = { ok: 0, skipped: 0, failed: 0 };
  const bar = new Progress(cfg.stderr, Boolean(cfg.stderr.isTTY) && !cfg.quiet, tally);
  progress = bar;
  const pool = poolFor(cfg);
  const gate = new Gate(cfg.jobs * BATCH_INFLIGHT_PER_WORKER);
  let stopping: Signal | null = null;
  let fatal: string | null = null;
  let graceTimer: NodeJS.Timeout | undefined;
  const unsubscribe = cfg.onSignal?.((signal) => {
    if (stopping) {
      void pool.destroy(); // a second signal: abandon the pages in flight now
      return;
    }
    stopping = signal;
    err(`${signal}: finishing the pages in flight (again to stop at once)`);
    graceTimer = setTimeout(() => void pool.destroy(), BATCH_INTERRUPT_GRACE_MS);
  });

  const walkOpts: WalkOptions = {
    cwd: cfg.cwd,
    outDirReal: await realpath(cfg.outDir),
    include: cfg.include,
    exclude: cfg.exclude,
    hidden: cfg.hidden,
    followSymlinks: cfg.followSymlinks,
    keepDirs: Boolean(cfg.keepDirs),
  };
  if (cfg.stderr.isTTY && !cfg.quiet) void countInputs(cfg, walkOpts).then((n) => bar.setTotal(n), () => undefined);

  const record = async (line: ManifestLine) => {
    if (line.status === 'ok') tally.ok++;
    else if (line.status === 'skipped') tally.skipped++;
    else {
      tally.failed++;
      err(`${line.path}: ${line.error}`);
    }
    try {
      await manifest.add(line);
    } catch (error) {
      stopFor(error);
    }
    bar.tick();
  };
  const stopFor = (error: unknown) => {
    if (fatal) return;
    fatal = error instanceof Error ? error.message : String(error);
    err(`stopping: ${fatal}`);
  };
  const failed = (path: string, t0: number, message: string, code?: string, sha?: string | null): ManifestLine => ({
    path, status: 'failed', error: message, ...(code ? { errorCode: code } : {}), outputs: null, wordCount: null, removed: null, sha256: sha ?? null, ms: Date.now() - t0,
  });

  const process1 = async (page: Page): Promise<void> => {
    const t0 = Date.now();
    let bytes: Uint8Array;
    try {
      bytes = await page.read();
    } catch (error) {
      if (error instanceof TooLarge) return record(failed(page.path, t0, error.message, 'too-large'));
      return record(failed(page.path, t0, `cannot read: ${errorMessage(error)}`, 'read'));
    }
    const sha = sha256(bytes);
    let textPath: string, sidecarPath: string;
    try {
      const dir = page.out.slice(0, -1);
      const stem = page.out[page.out.length - 1]!;
      textPath = insideOut(cfg.outDir, [...dir, `${stem}.txt`]);
      sidecarPath = insideOut(cfg.outDir, [...dir, `${stem}.json`]);
    } catch (error) {
      return record(failed(page.path, t0, (error as Error).message, 'name', sha));
    }
    const outputs = { text: writer.rel(textPath), sidecar: writer.rel(sidecarPath) };
    const before = manifest.done.get(page.path);
    if (!cfg.force && before && before.sha256 === sha && before.outputs.text === outputs.text && before.outputs.sidecar === outputs.sidecar) {
      const [t, s] = await Promise.all([writer.sizeOf(textPath), writer.sizeOf(sidecarPath)]);
      if (t === before.bytes.text && s === before.bytes.sidecar) {
        return record({ path: page.path, status: 'skipped', error: null, outputs, bytes: before.bytes, wordCount: before.wordCount, removed: before.removed, sha256: sha, ms: Date.now() - t0 });
      }
    }
    const refusal = await writer.mayReplace(textPath, sidecarPath, { force: cfg.force, known: (rel) => manifest.owned.has(rel) });
    if (refusal) return record(failed(page.path, t0, refusal, 'exists', sha));
    const options = { ...cfg.base, path: page.path };
    if (page.url && !cfg.base.url) options.url = page.url;
    if (page.charset && !cfg.base.encoding && validLabel(page.charset)) options.declaredEncoding = page.charset;
    const reply = await pool.run({ bytes, options });
    if (!reply.ok) {
      // An abandoned page (interrupted) gets no line: it was not tried, the next run does it.
      if (reply.error.code === 'abandoned') return;
      return record(failed(page.path, t0, reply.error.message, reply.error.code, sha));
    }
    if (fatal) return;
    try {
      const written = await writer.writePair(textPath, reply.text, sidecarPath, reply.sidecarJson);
      await record({
        path: page.path, status: 'ok', error: null, outputs, bytes: { text: written.textBytes, sidecar: written.sidecarBytes },
        wordCount: reply.wordCount, removed: reply.removed, sha256: sha, ms: Date.now() - t0,
      });
    } catch (error) {
      if (error instanceof FatalWriteError) stopFor(error);
      else await record(failed(page.path, t0, `cannot write the output: ${errorMessage(error)}`, 'write', sha));
    }
  };

  const admit = async (page: Page) => {
    await gate.enter();
    void process1(page)
      .catch(stopFor)
      .finally(() => gate.leave());
  };
  const running = () => !stopping && !fatal;

  try {
    for await (const item of walk(cfg.inputs, walkOpts)) {
      if (!running()) break;
      if (!inShard(item.path, cfg.shard)) continue;
      const t0 = Date.now();
      if (item.kind === 'skip') await record({ path: item.path, status: 'skipped', error: item.reason, outputs: null, wordCount: null, removed: null, sha256: null, ms: 0 });
      else if (item.kind === 'error') await record(failed(item.path, t0, item.message, 'read'));
      else if (item.kind === 'page') await admit({ path: item.path, out: item.out, read: () => readCapped(cfg, item.abs) });
      else {
        const namer = new DirNamer();
        // A record id seen twice in one archive (crawlers do repeat them) keys its manifest line
        // by its offset too, so every record has a line of its own and resumes.
        const seen = new Set<string>();
        try {
          for await (const rec of warcPages(item.abs, cfg.base.maxBytes ?? Number.MAX_SAFE_INTEGER)) {
            if (!running()) break;
            const key = seen.has(rec.id) ? `${rec.id}@${rec.offset}` : rec.id;
            seen.add(rec.id);
            const path = `${item.path}#${key}`;
            if (rec.error) {
              await record(failed(path, t0, rec.error.message, rec.error.code));
              continue;
            }
            await admit({ path, out: [...item.out, namer.claim(rec.id, ['.txt', '.json'])], url: rec.url, charset: rec.charset, read: async () => rec.bytes! });
          }
        } catch (error) {
          await record(failed(item.path, t0, `unreadable WARC: ${errorMessage(error)}`, 'warc'));
        }
      }
    }
  } catch (error) {
    stopFor(error);
  }
  await gate.drained();
  clearTimeout(graceTimer);
  unsubscribe?.();
  await pool.destroy();
  try {
    await manifest.finish();
  } catch (error) {
    // After a fatal write error this fails for the same reason: one message is enough. The
    // journal keeps every line either way, and the rerun reads it.
    if (!fatal) err(`cannot write the manifest: ${errorMessage(error)} (the journal beside it keeps every line; rerun to resume)`);
    fatal ??= 'manifest';
  }
  await writer.close();
  await lock.release().catch(() => undefined);
  bar.clear();
  // -q leaves only errors, and each failed page has had its line already.
  if (!cfg.quiet) cfg.stderr.write(summaryLine(tally, Date.now() - started, Boolean(stopping)));
  if (stopping) return stopping === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED;
  return tally.failed || fatal ? EXIT.FAILED : EXIT.OK;
}

class TooLarge extends Error {}

/**
 * Read an input file, refusing one too large to be a page before reading it into memory: a
 * file over --max-bytes is over it once inflated too (deflate never shrinks data by more than
 * its few bytes of framing), so a stray 10 GB file costs a stat, not 10 GB.
 */
async function readCapped(cfg: BatchConfig, path: string): Promise<Uint8Array> {
  const limit = cfg.base.maxBytes ?? DEFAULT_OPTIONS.maxBytes;
  const { size } = await cfg.fs.stat(path);
  if (size > limit * 1.001 + 64) throw new TooLarge(`input is ${size} bytes, over the ${limit}-byte limit (--max-bytes)`);
  return cfg.fs.readInput(path);
}

function validLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** A second, listing-only walk for the progress bar's total (WARC archives count as one). */
async function countInputs(cfg: BatchConfig, opts: WalkOptions): Promise<number> {
  let n = 0;
  for await (const item of walk(cfg.inputs, opts)) if (inShard(item.path, cfg.shard)) n++;
  return n;
}
