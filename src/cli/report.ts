/**
 * The CLI's side of the reports (src/report/): reading sidecars, manifests and inputs, and
 * writing the HTML. Imported only when --report or `pith report` is used, so a run without
 * a report never evaluates it.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { clean } from '../index.js';
import { BatchSummary, type SummaryLine } from '../report/summary.js';
import { pageReport, type SavedSidecar } from '../report/page.js';
import type { Sidecar } from '../types.js';
import { EXIT, type CliIO } from './io.js';
import { writeAtomic } from './atomic.js';

/** The batch summary's file name in the out dir (a shard's carries its tag, as its manifest does). */
export const summaryName = (tag: string | null) => (tag ? `pith-report.${tag}.html` : 'pith-report.html');

/** A page's report, for `pith page.html --report r.html`. */
export async function writePageReport(path: string, sidecar: Sidecar, text: string): Promise<void> {
  await writeAtomic(path, pageReport(sidecar, { text }));
}

/** Every report carries this in its head (report/style.ts): how a folder run knows a file is its own. */
const GENERATOR = '<meta name="generator" content="pith">';

/**
 * Whether a folder run may write `path`: nothing is there, or a report pith wrote. Like the
 * pages' outputs, a file pith did not write is never replaced unless --force.
 */
function mayReplace(path: string, force: boolean): boolean {
  if (force) return true;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(1024);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8').includes(GENERATOR);
  } finally {
    closeSync(fd);
  }
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

/**
 * Why a report folder cannot be used for a folder run, or null: one inside an input folder
 * (and not inside the out dir, which the walk skips) would be cleaned as pages by the next run.
 */
export function reportDirProblem(inputs: readonly string[], cwd: string, outDir: string, reportDir: string): string | null {
  if (inside(outDir, reportDir)) return null;
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir && inside(abs, reportDir)) return `--report ${reportDir} is inside the input folder ${input}: the next run would clean the reports as pages; put it inside the out dir or elsewhere`;
  }
  return null;
}

/**
 * After a folder run: one report per page the manifest lists with outputs (cleaned now or
 * before), mirroring the out dir's tree under `reportDir`, and the summary in the out dir.
 * Read from the manifest and the sidecars on disk, one page at a time.
 */
export async function reportBatch(outDir: string, reportDir: string, tag: string | null, io: CliIO, force = false): Promise<number> {
  const manifest = join(outDir, tag ? `pith-manifest.${tag}.jsonl` : 'pith-manifest.jsonl');
  const summaryPath = join(outDir, summaryName(tag));
  const summary = new BatchSummary();
  let unreadable = 0;
  const refused: string[] = [];
  try {
    for await (const raw of createInterface({ input: createReadStream(manifest, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      let line: SummaryLine & { outputs?: { text: string; sidecar: string } | null };
      try {
        line = JSON.parse(raw);
      } catch {
        continue;
      }
      if (!line || typeof line.path !== 'string') continue;
      if (!line.outputs) {
        summary.add(line, null, null);
        continue;
      }
      let sidecar: SavedSidecar;
      let text: string;
      try {
        [sidecar, text] = await Promise.all([readFile(join(outDir, line.outputs.sidecar), 'utf8').then(JSON.parse), readFile(join(outDir, line.outputs.text), 'utf8')]);
      } catch {
        unreadable++;
        summary.add(line, null, null);
        continue;
      }
      const file = join(reportDir, line.outputs.sidecar.replace(/\.json$/, '') + '.html');
      if (!mayReplace(file, force)) {
        refused.push(file);
        summary.add(line, sidecar, null);
        continue;
      }
      await writeAtomic(file, pageReport(sidecar, { text }));
      summary.add(line, sidecar, relative(dirname(summaryPath), file).split(sep));
    }
  } catch (error) {
    // No manifest: the run could not start, and has said why.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === manifest) return EXIT.FAILED;
    io.stderr.write(`pith: cannot write the report: ${(error as Error).message}\n`);
    return EXIT.FAILED;
  }
  if (mayReplace(summaryPath, force)) await writeAtomic(summaryPath, summary.html(outDir));
  else refused.push(summaryPath);
  for (const file of refused) io.stderr.write(`pith: report: ${file} exists and is not a report pith wrote: left as it is (--force replaces it)\n`);
  if (unreadable) io.stderr.write(`pith: report: ${unreadable} sidecar(s) listed in the manifest could not be read; those pages have no report\n`);
  return refused.length ? EXIT.FAILED : EXIT.OK;
}

const REPORT_USAGE = `Usage: pith report <sidecar.json> [--input <page>] [-o <report.html>]

Render the report of one page from its saved sidecar: the page's blocks in reading order,
each removed one shaded by kind with its rule and reason, beside the text output.

Options:
  --input <file>    the page itself: cleaned again for the exact text output (and the kept
                    blocks, for a sidecar older than the report); its sha256 is checked
  -o, --out <file>  write the report to <file> instead of stdout
  -h, --help        this help
`;

/** node:util's parser, not commander: the report chunk would carry a second copy of it. */
function parseReportArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { input: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
}

/** `pith report page.json [--input page.html] [-o report.html]`: a page's report from its saved sidecar. */
export async function runReportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let args: ReturnType<typeof parseReportArgs>;
  try {
    args = parseReportArgs(argv);
  } catch (error) {
    io.stderr.write(`pith report: ${(error as Error).message}\n${REPORT_USAGE}`);
    return EXIT.USAGE;
  }
  if (args.values.help) {
    io.stdout.write(REPORT_USAGE);
    return EXIT.OK;
  }
  if (args.positionals.length !== 1) {
    io.stderr.write(`pith report: give one sidecar\n${REPORT_USAGE}`);
    return EXIT.USAGE;
  }
  const flags = args.values;
  const program = { args: args.positionals };
  const fail = (message: string) => {
    io.stderr.write(`pith report: ${message}\n`);
    return EXIT.FAILED;
  };
  const sidecarPath = resolve(io.cwd, program.args[0]!);
  let sidecar: SavedSidecar;
  try {
    sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8'));
  } catch (error) {
    return fail(`${program.args[0]}: cannot read the sidecar: ${(error as Error).message}`);
  }
  if (!sidecar || typeof sidecar !== 'object' || !Array.isArray(sidecar.removed) || !sidecar.source) return fail(`${program.args[0]}: not a pith sidecar (no source or removed list)`);
  let text: string | undefined;
  const notes: string[] = [];
  if (flags.input) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(io.cwd, flags.input));
    } catch (error) {
      return fail(`${flags.input}: cannot read: ${(error as Error).message}`);
    }
    const format = sidecar.source.format ?? 'auto';
    const result = await clean(bytes, { path: sidecar.source.path, format, encoding: sidecar.source.encoding ?? null, url: sidecar.url ?? null });
    if (!result.ok) return fail(`${flags.input}: ${result.error.message}`);
    text = result.text;
    if (sidecar.source.sha256 && result.sidecar.source.sha256 !== sidecar.source.sha256) {
      notes.push(`The input given (${flags.input}) is not the page this sidecar was written from (another sha256): the text output is this input's.`);
      io.stderr.write(`pith report: warning: ${flags.input} does not match the sidecar's sha256\n`);
    }
    if (!sidecar.kept) {
      sidecar = result.sidecar;
      notes.push('The sidecar predates the kept blocks: the page was cleaned again from --input to show them.');
    }
  }
  const html = pageReport(sidecar, { ...(text === undefined ? {} : { text }), notes });
  if (flags.out) await writeAtomic(resolve(io.cwd, flags.out), html);
  else io.stdout.write(html);
  return EXIT.OK;
}
