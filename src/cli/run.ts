import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BatchConfig } from '../batch/config.js';
import { fsPromises, os } from '../lazy.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { BATCH_MAX_JOBS_PER_CORE, BATCH_MAX_TIMEOUT_MS, BATCH_PAGE_TIMEOUT_MS } from '../thresholds.js';
import { webUrl } from '../document.js';
import { clean } from '../index.js';
import type { Options } from '../options.js';
import { KINDS, type Kind, type Result } from '../types.js';
import { EXIT, readAll, type CliIO } from './io.js';
import { emit, isClosedPipe, writeProblem } from '../write.js';
import { writeAtomic } from './atomic.js';
import pkg from '../../package.json' with { type: 'json' };

interface CliFlags {
  outDir?: string;
  sidecar?: string;
  json?: boolean;
  format: 'text' | 'markdown' | 'html' | 'json';
  inputFormat: 'auto' | 'html' | 'text';
  title: boolean;
  encoding?: string;
  url?: string;
  maxBytes?: number;
  debug?: boolean;
  quiet?: boolean;
  dom?: 'linkedom' | 'jsdom';
  keep?: Kind[];
  favor?: 'precision' | 'recall';
  /** Unset means one per available core (resolved only when a batch runs: `os` costs start time). */
  jobs?: number;
  workers: 'thread' | 'process';
  timeout: number;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  followSymlinks?: boolean;
  force?: boolean;
  shard?: Shard;
  records?: 'jsonl';
  report?: string;
  keepDirs?: boolean;
}

const EXAMPLES = `
Examples:
  $ curl -s https://example.com/story | pith > story.txt
  $ pith page.html --json | jq .title
  $ pith page.html.gz --sidecar page.json > page.txt
  $ pith scrape.txt --input-format text --no-title
  $ pith site/ -o cleaned/                 # a whole folder, mirrored, on every core
  $ pith site/ crawl.warc.gz -o cleaned/ -j 4 --exclude '**/amp/**'
  $ pith site/ -o cleaned/                 # again: resumes, skips what is done
  $ pith site/ -o cleaned/ --shard 2/8     # this machine's eighth of the folder
  $ pith a/x/page.html a/y/page.html -o cleaned/ --keep-dirs   # cleaned/x/page.txt, cleaned/y/page.txt
  $ pith --records jsonl < pages.jsonl > clean.jsonl
  $ pith page.html --report report.html    # what was removed and why, as a web page
  $ pith site/ -o cleaned/ --report cleaned/  # a report per page, summary in cleaned/pith-report.html
  $ pith report page.json [--input page.html] [-o report.html]   # a report from a saved sidecar

Several inputs to stdout: each text is preceded by a "==> name <==" line, as head and
tail do, with a blank line before every header but the first; with --json, one JSON
line per input, a failed one as {"path", "error", "errorCode", "sidecar"}. pith reads no network:
a URL argument is a usage error; pipe the page in (curl -sL URL | pith).

Folder mode (-o) writes <name>.txt and <name>.json per page, mirroring the input tree,
and <out>/pith-manifest.jsonl with one line per input (ok, failed or skipped).
See docs/distributed.md for Spark, Hadoop Streaming and GNU parallel.

Exit codes:
  0    every input was cleaned (or was already done); with --records, every line
       was answered (a failed record is an output line with an "error")
  1    at least one input failed (the others were still written), or the out dir,
       a sidecar or stdout could not be written (one line on stderr says why)
  2    usage error (bad flag or argument)
  130  interrupted by Ctrl-C (SIGINT); pages finished so far are kept, rerun to resume
  141  stdout was closed by its reader (e.g. | head); nothing more was written
  143  stopped by SIGTERM, as for 130
`;

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  // Node's timers overflow past this and fire at once: every page would time out.
  const max = Math.floor(BATCH_MAX_TIMEOUT_MS / 1000);
  if (n > max) throw new InvalidArgumentError(`expected at most ${max} seconds (about 24 days), the longest timer Node has`);
  return n;
}

function pageUrl(value: string): string {
  if (!webUrl(value)) throw new InvalidArgumentError('expected an absolute http:// or https:// URL');
  return value;
}

function fileName(what: string) {
  return (value: string): string => {
    if (!value) throw new InvalidArgumentError(`expected ${what}, not an empty name`);
    return value;
  };
}

function jobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of workers');
  return n;
}

function shard(value: string): Shard {
  const s = parseShard(value);
  if (!s) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, e.g. 1/4');
  return s;
}

/** --keep comments,related (repeatable): removal kinds, checked against KINDS. */
function kinds(value: string, previous: Kind[] | undefined): Kind[] {
  const out = [...(previous ?? [])];
  for (const name of value.split(',').map((k) => k.trim()).filter(Boolean)) {
    if (!(KINDS as readonly string[]).includes(name)) throw new InvalidArgumentError(`unknown kind "${name}" (kinds: ${KINDS.join(', ')})`);
    out.push(name as Kind);
  }
  return out;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
}

function buildProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('pith')
    .description('Separate a web page\'s main story from its boilerplate: clean text on stdout, a JSON sidecar of every removed block and why.')
    .version(pkg.version, '-V, --version')
    .argument('[inputs...]', 'HTML or plain-text pages (gzip ok); none or "-" reads stdin')
    .option('-o, --out-dir <dir>', 'write <name>.txt and <name>.json per input into <dir>', fileName('a directory'))
    .option('--sidecar <file>', 'write the sidecar JSON of a single input to <file>', fileName('a file'))
    .addOption(new Option('--format <format>', 'what to print: the text, markdown, HTML, or JSON (the sidecar plus a "text" field)').choices(['text', 'markdown', 'html', 'json']).default('text'))
    .option('--json', 'same as --format json')
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'html', 'text']).default('auto'))
    .option('--no-title', 'leave the headline out of the text')
    .option('--encoding <label>', 'force the input encoding (e.g. windows-1252) instead of detecting it')
    .option('--url <url>', 'the page\'s absolute http(s) URL, to resolve links in the sidecar', pageUrl)
    .option('--max-bytes <n>', 'largest input accepted once decompressed', positiveInt)
    .option('--debug', 'stack traces on errors and per-stage detail in the sidecar (never changes the text)')
    .option('-q, --quiet', 'print nothing on stderr but errors: no warnings, progress bar or summary')
    .addOption(new Option('--dom <engine>', 'DOM engine for HTML pages: linkedom (fast, default) or jsdom (standards-exact, slower)').choices(['linkedom', 'jsdom']))
    .addOption(new Option('-j, --jobs <n>', `workers for -o and --records (default: available cores; at most ${BATCH_MAX_JOBS_PER_CORE} per core), started as pages arrive`).argParser(jobs))
    .addOption(new Option('--workers <kind>', 'run workers as threads (faster) or processes (a worker that crashes cannot take the batch down)').choices(['thread', 'process']).default('thread'))
    .option('--timeout <seconds>', `per-page time limit in -o and --records mode; a page over it fails (at most ${Math.floor(BATCH_MAX_TIMEOUT_MS / 1000)})`, seconds, BATCH_PAGE_TIMEOUT_MS / 1000)
    .option('--include <glob>', 'only pages whose path below the folder matches (repeatable; a glob without "/" matches the file name at any depth)', collect)
    .option('--exclude <glob>', 'skip pages and folders whose path below the folder matches (repeatable)', collect)
    .option('--hidden', 'also walk hidden files and folders (names starting with ".")')
    .option('--follow-symlinks', 'follow symbolic links that lead outside the input folder')
    .option('--force', 'clean every input again, and replace files in the out dir that pith did not write')
    .option('--keep <kinds>', `keep blocks of these removal kinds in the text, comma-separated (${KINDS.join(', ')}); the sidecar still says why they would have gone`, kinds)
    .addOption(new Option('--favor <side>', 'lean toward precision (less boilerplate) or recall (more of the story)').choices(['precision', 'recall']))
    .option('--shard <i/n>', 'take only share i of n of the inputs (by a hash of each path), for n machines', shard)
    .option('--report <path>', 'write an HTML report of what was removed and why: a file for one input, a folder (one report per page, and <out-dir>/pith-report.html) with -o')
    .option('--keep-dirs', 'with -o, mirror the folders of file arguments below their common folder instead of flattening them')
    .addOption(new Option('--records <format>', 'read JSON Lines records on stdin, write one JSON line per record').choices(['jsonl']))
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void emit(io.stdout, s).catch(() => undefined),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `pith: ${s}` : s),
    });
  return program;
}

/** Run the CLI in-process; returns the exit code (see EXIT). */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'report') return (await import('./report.js')).runReportCommand(argv.slice(1), io);
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    throw error;
  }
  const flags = program.opts<CliFlags>();
  let inputs: string[] = program.args.length ? program.args : ['-'];
  const usage = (message: string) => {
    io.stderr.write(`pith: ${message}\n(see pith --help)\n`);
    return EXIT.USAGE;
  };
  const url = inputs.find((i) => URL_ARGUMENT.test(i) && !existsSync(resolve(io.cwd, i)));
  if (url !== undefined) return usage(`${url} is a URL: pith reads no network; fetch the page and pipe it in: curl -sL '${url.replace(/'/g, "'\\''")}' | pith`);
  if (inputs.filter((i) => i === '-').length > 1) return usage('stdin ("-") can be read only once');
  if (flags.sidecar && inputs.length > 1) return usage('--sidecar takes a single input; use --out-dir for several');
  if (flags.report && inputs.length > 1 && !flags.outDir) return usage('--report takes a single input; with -o it names a folder for one report per page');
  if (flags.keepDirs && (!flags.outDir || inputs.includes('-'))) return usage('--keep-dirs mirrors file arguments under the out dir: give -o <out-dir> and no "-"');
  if (flags.sidecar && flags.outDir) return usage('--sidecar and --out-dir do not go together: --out-dir already writes a sidecar per input');
  if (flags.encoding) {
    try {
      new TextDecoder(flags.encoding);
    } catch {
      return usage(`unknown encoding "${flags.encoding}"`);
    }
  }
  const form = flags.json ? 'json' : flags.format;
  const output = form === 'markdown' || form === 'html' ? form : 'text';
  if (output !== 'text' && (flags.outDir !== undefined || flags.records)) return usage(`--format ${output} prints to stdout: it does not go with -o or --records`);
  const base: Partial<Options> = {
    format: flags.inputFormat,
    output,
    title: flags.title,
    encoding: flags.encoding ?? null,
    url: flags.url ?? null,
    debug: Boolean(flags.debug),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.dom ? { dom: flags.dom } : {}),
    ...(flags.keep?.length ? { keep: flags.keep } : {}),
    ...(flags.favor ? { favor: flags.favor } : {}),
  };
  const batchMode = Boolean(flags.records) || (flags.outDir !== undefined && !inputs.includes('-'));
  if (flags.shard && !flags.outDir) return usage('--shard splits a folder run: give -o <out-dir>');
  if (flags.records && (program.args.some((a) => a !== '-') || flags.outDir || flags.sidecar || form === 'json')) {
    return usage('--records reads stdin and writes stdout: it takes no inputs, -o, --sidecar or --json');
  }
  const outDir = flags.outDir === undefined ? null : resolve(io.cwd, flags.outDir);
  const loop = outDir ? inputs.find((i) => i !== '-' && sameDir(resolve(io.cwd, i), outDir)) : undefined;
  if (loop !== undefined) return usage(`${loop} is both an input and the out dir: pith never writes into the folder it reads; give another -o`);
  if (flags.records && flags.report) return usage('--report does not go with --records: the sidecars are on stdout; render one with pith report');
  const reports = flags.report ? await import('./report.js') : null;
  const reportPath = flags.report ? resolve(io.cwd, flags.report) : '';
  if (batchMode) {
    // Loaded only for a batch run (worker pool, globbing, WARC reading): a single page
    // should not pay for them at start.
    const [{ runBatch }, { runRecords }, { defaultWorkerUrl }, { nodeFs }] = await Promise.all([
      import('../batch/batch.js'),
      import('../batch/records.js'),
      import('../batch/worker-url.js'),
      import('../batch/writer.js'),
    ]);
    const cores = os().availableParallelism();
    const maxJobs = cores * BATCH_MAX_JOBS_PER_CORE;
    if (flags.jobs && flags.jobs > maxJobs && !flags.quiet) {
      io.stderr.write(`pith: warning: -j ${flags.jobs} is more than ${BATCH_MAX_JOBS_PER_CORE} workers per core; using ${maxJobs}\n`);
    }
    const config: BatchConfig = {
      inputs,
      cwd: io.cwd,
      outDir: outDir ?? resolve(io.cwd, '.'),
      // Workers start as pages arrive (pool.ts), so a small run never starts more than it has pages.
      jobs: Math.min(flags.jobs ?? cores, maxJobs),
      workers: flags.workers,
      timeoutMs: Math.round(flags.timeout * 1000),
      include: flags.include ?? [],
      exclude: flags.exclude ?? [],
      hidden: Boolean(flags.hidden),
      followSymlinks: Boolean(flags.followSymlinks),
      force: Boolean(flags.force),
      shard: flags.shard ?? null,
      keepDirs: Boolean(flags.keepDirs),
      quiet: Boolean(flags.quiet),
      base,
      workerUrl: io.workerUrl ?? defaultWorkerUrl(),
      fs: io.fs ?? nodeFs,
      stdout: io.stdout,
      stderr: io.stderr,
      ...(io.onSignal ? { onSignal: io.onSignal } : {}),
    };
    if (flags.records) return runRecords(config, io.stdin);
    const problem = reports?.reportDirProblem(inputs, io.cwd, config.outDir, reportPath);
    if (problem) return usage(problem);
    const code = await runBatch(config);
    const tag = flags.shard ? `${flags.shard.index}-of-${flags.shard.count}` : null;
    return reports && (await reports.reportBatch(config.outDir, reportPath, tag, io, Boolean(flags.force))) !== EXIT.OK ? EXIT.FAILED : code;
  }
  // Stdin among the inputs with -o: name outputs as the batch does, so both modes agree, and
  // refuse, as it does, to replace a file pith did not write.
  const [namer, writer] = outDir ? await Promise.all([import('../batch/names.js'), import('../batch/writer.js')]) : [null, null];
  const dirNamer = namer ? new namer.DirNamer(namer.reservedOutName) : null;
  const stems = inputs.map((i) => dirNamer?.claim(i === '-' ? 'stdin' : namer!.stemOf(basename(i)), ['.txt', '.json']) ?? '');
  const owner = outDir && writer ? new writer.OutWriter(outDir, 'single', io.fs ?? writer.nodeFs) : null;
  let failed = 0;
  // Several texts on stdout are told apart as head and tail do (see EXAMPLES): a header line
  // that says whose text follows. The JSON forms need none: one line per input.
  const headed = !outDir && form !== 'json' && inputs.length > 1;
  let printed = 0;
  const print = async (chunk: string): Promise<number | null> => {
    try {
      await emit(io.stdout, chunk);
      printed++;
      return null;
    } catch (error) {
      // Whoever read stdout has stopped (| head): end quietly, as cat would.
      if (isClosedPipe(error)) return EXIT.PIPE;
      io.stderr.write(`pith: cannot write to stdout: ${writeProblem(error)}; the output is incomplete\n`);
      if (flags.debug) io.stderr.write(`${(error as Error).stack}\n`);
      return EXIT.FAILED;
    }
  };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const shown = input === '-' ? 'stdin' : input;
    const result = await cleanOne(input, base, io);
    if (!result.ok) {
      failed++;
      io.stderr.write(`pith: ${shown}: ${result.error.message}\n`);
      if (flags.debug && result.error.stack) io.stderr.write(result.error.stack + '\n');
      // A page read but not cleaned has a sidecar as far as cleaning got (what was removed, and why): it is written, not dropped.
      const sidecar = 'sidecar' in result ? { sidecar: result.sidecar } : {};
      if (flags.sidecar && sidecar.sidecar && !outDir) await writeFile(io, resolve(io.cwd, flags.sidecar), JSON.stringify(sidecar.sidecar, null, 2) + '\n', 'the sidecar ');
      // As --records does: a failed input is a line too, so lines and inputs pair up.
      const stop = form === 'json' && !outDir ? await print(JSON.stringify({ path: input, error: result.error.message, errorCode: result.error.code, ...sidecar }) + '\n') : null;
      if (stop !== null) return stop;
      continue;
    }
    for (const w of result.sidecar.warnings) if (!flags.quiet) io.stderr.write(`pith: ${shown}: warning: ${w}\n`);
    const sidecarJson = () => JSON.stringify(result.sidecar, null, 2) + '\n';
    if (outDir && owner) {
      const textPath = join(outDir, `${stems[i]}.txt`);
      const sidecarPath = join(outDir, `${stems[i]}.json`);
      const refusal = await owner.mayReplace(textPath, sidecarPath, { force: Boolean(flags.force), known: () => false });
      if (refusal) {
        failed++;
        io.stderr.write(`pith: ${shown}: ${refusal}\n`);
        continue;
      }
      const problem = (await writeFile(io, textPath, result.text)) ?? (await writeFile(io, sidecarPath, sidecarJson()));
      if (problem) {
        failed++;
        io.stderr.write(`pith: ${shown}: ${problem}\n`);
      }
      if (reports) await reports.writePageReport(join(reportPath, `${stems[i]}.html`), result.sidecar, result.text);
      continue;
    }
    if (flags.sidecar) {
      const problem = await writeFile(io, resolve(io.cwd, flags.sidecar), sidecarJson(), 'the sidecar ');
      if (problem) {
        failed++;
        io.stderr.write(`pith: ${shown}: ${problem}\n`);
      }
    }
    if (reports) await reports.writePageReport(reportPath, result.sidecar, result.text);
    const header = headed ? `${printed ? '\n' : ''}==> ${shown} <==\n` : '';
    const body = output === 'text' ? result.text : (result[output] ?? '');
    const stop = await print(form === 'json' ? JSON.stringify({ ...result.sidecar, text: result.text }) + '\n' : header + body);
    if (stop !== null) return stop;
  }
  return failed ? EXIT.FAILED : EXIT.OK;
}

/** Whether two paths name one existing directory (through symlinks). */
function sameDir(a: string, b: string): boolean {
  try {
    return statSync(a).isDirectory() && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Write a whole file atomically; a failure comes back as one line saying what happened. */
async function writeFile(io: CliIO, path: string, content: string, what = ''): Promise<string | null> {
  try {
    await writeAtomic(path, content, io.fs);
    return null;
  } catch (error) {
    return `cannot write ${what}${path}: ${writeProblem(error)}`;
  }
}

/** A failure of the CLI's own (the file could not be read) or the library's. */
type Failure = { ok: false; error: { code: string; message: string; stack?: string } };

/** `https://…`, `ftp://…`: a scheme and "//", which no file argument starts with. */
const URL_ARGUMENT = /^[a-z][a-z0-9+.-]*:\/\//i;

async function cleanOne(input: string, base: Partial<Options>, io: CliIO): Promise<Result | Failure> {
  const fail = (message: string): Failure => ({ ok: false, error: { code: 'read', message } });
  let bytes: Uint8Array;
  if (input === '-') {
    bytes = await readAll(io.stdin);
  } else {
    const path = resolve(io.cwd, input);
    // Synchronous: the CLI cleans its inputs one after another anyway, and node:fs is loaded
    // with Node itself while node:fs/promises (and the readline it pulls in) costs ~2 ms of a
    // one-page run.
    try {
      if (statSync(path).isDirectory()) return fail('is a directory: give -o <out-dir> to clean every page in it');
      bytes = readFileSync(path);
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      if (err.code === 'ENOENT') return fail('no such file');
      if (err.code === 'EACCES') return fail('permission denied');
      return fail(`cannot read: ${err.message}`);
    }
  }
  return clean(bytes, { ...base, path: input });
}
