/**
 * Hostile data (issue 12, items 2–4, 10, 12–14): damaged WARC archives, a page with a damaged
 * tail, an HTTP charset that lies, UTF-8 target URIs, repeated record ids, the button-label
 * crash, and a very long single-line page in batch mode. Each case runs the built CLI
 * (bin/pith.js) in a child process, as a user would, and is judged:
 *
 * - crash: a stack trace, "internal error", or an exit code other than 0/1;
 * - silent loss: a record or story that should come out and does not, or damage with exit 0;
 * - hang: the run (or a rerun that should skip everything) does not finish in the limit;
 * - reported failure: the page fails with a clear manifest line and exit 1 (not silent, but
 *   not done either: counted apart and printed as FAIL).
 *
 * Used by scripts/hostile-report.mjs; `node scripts/hostile-data.mjs [--mb N]` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A run that takes longer is a hang (a 50 MB single-line HTML page takes minutes on two shared cores). */
const LIMIT_MS = 1_200_000;
const enc = new TextEncoder();

const page = (n, title = `Story number ${n}`) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
  [1, 2, 3, 4].map((i) => `<p>Paragraph ${i} of story ${n}. The council met on Tuesday to discuss the new bridge, and residents said the plan would finally ease traffic across the river.</p>`).join('') +
  '</article><footer>© Example News</footer></body></html>';

function record(id, html, { url = `https://example.com/${id}`, type = 'text/html; charset=utf-8' } = {}) {
  const body = typeof html === 'string' ? enc.encode(html) : html;
  const block = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`), Buffer.from(body)]);
  const head = Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <${id}>\r\nWARC-Target-URI: ${url}\r\nContent-Length: ${block.length}\r\n\r\n`);
  return Buffer.concat([head, block, Buffer.from('\r\n\r\n')]);
}
const ids = Array.from({ length: 10 }, (_, i) => `urn:page-${i + 1}`);
const records = () => ids.map((id, i) => record(id, page(i + 1)));

function pith(cwd, args, input) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/pith.js'), ...args], { cwd, input, encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 28 });
  return { code: r.status, err: r.stderr ?? '', out: r.stdout ?? '', hung: r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM', ms: Date.now() - t0 };
}
const crashed = (r) => r.hung ? false : ![0, 1].includes(r.code) || /internal error|\n\s+at .+:\d+:\d+\)?\n/.test(r.err);
const manifest = (dir) => readFileSync(join(dir, 'out/pith-manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** A WARC case: which records are intact (must come out), and the archive's bytes. */
function warcCase(name, file, bytes, intact) {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-data-'));
    try {
      writeFileSync(join(dir, file), bytes);
      const r = pith(dir, [file, '-o', 'out', '-j', '1']);
      if (r.hung || crashed(r)) return { name, r };
      const lines = manifest(dir);
      const ok = new Set(lines.filter((l) => l.status === 'ok').map((l) => l.path.split('#').pop()));
      const damage = lines.filter((l) => l.errorCode === 'warc-damaged').length;
      const lost = intact.filter((id) => !ok.has(id));
      const loss = lost.length > 0 || (intact.length < ids.length && (r.code !== 1 || !damage));
      return { name, r, loss, detail: `${ok.size} of ${intact.length} intact records, ${damage} damage line(s), exit ${r.code}${lost.length ? `, lost ${lost.join(' ')}` : ''}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function cases(mb) {
  const plain = records();
  const out = [];
  {
    const parts = [...plain];
    parts.splice(4, 0, Buffer.from('\x00\x01not a record\r\n\r\n'.repeat(4)));
    out.push(warcCase('WARC: bytes that are not a record mid-archive', 'a.warc', Buffer.concat(parts), ids));
  }
  {
    const parts = [...plain];
    parts[3] = parts[3].subarray(0, 600);
    out.push(warcCase('WARC: a record cut short, the next straight after', 'b.warc', Buffer.concat(parts), ids.filter((id) => id !== 'urn:page-4')));
  }
  {
    const all = Buffer.concat(plain);
    const cut = all.subarray(0, Math.floor(all.length * 0.55));
    const intact = ids.filter((_, i) => Buffer.concat(plain.slice(0, i + 1)).length <= cut.length);
    out.push(warcCase('WARC: archive cut off mid-record', 'c.warc', cut, intact));
  }
  {
    const members = plain.map((r) => gzipSync(r));
    const bad = Buffer.from(members[3]);
    for (let i = 30; i < 60; i++) bad[i] ^= 0x5a;
    members[3] = bad;
    out.push(warcCase('WARC.gz: a corrupt gzip member', 'd.warc.gz', Buffer.concat(members), ids.filter((id) => id !== 'urn:page-4')));
  }
  {
    const members = plain.map((r) => gzipSync(r));
    members.splice(5, 0, Buffer.from('junk between members'));
    const all = Buffer.concat(members);
    out.push(warcCase('WARC.gz: junk between members, cut off at the end', 'e.warc.gz', all.subarray(0, all.length - 40), ids.slice(0, 9)));
  }
  out.push(warcCase('WARC.gz: undamaged (control)', 'f.warc.gz', Buffer.concat(plain.map((r) => gzipSync(r))), ids));
  out.push(() => {
    const name = 'WARC: repeated record ids resume';
    const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-data-'));
    try {
      writeFileSync(join(dir, 'dup.warc'), Buffer.concat([record('urn:same', page(1)), record('urn:same', page(2)), record('urn:x', page(3))]));
      const r = pith(dir, ['dup.warc', '-o', 'out']);
      if (r.hung || crashed(r)) return { name, r };
      const again = pith(dir, ['dup.warc', '-o', 'out']);
      const paths = new Set(manifest(dir).map((l) => l.path));
      return { name, r: again, loss: paths.size !== 3, hang: !/0 cleaned, 3 skipped/.test(again.err), detail: `${paths.size} manifest paths; rerun: ${again.err.trim().split('\n').pop()}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  out.push(() => {
    const name = 'WARC: UTF-8 target URI and an HTTP charset that lies';
    const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-data-'));
    try {
      writeFileSync(join(dir, 'x.warc'), record('urn:iri', page(1, 'Crème brûlée for the council'), { url: 'https://example.com/crème', type: 'text/html; charset=iso-8859-1' }));
      const r = pith(dir, ['x.warc', '-o', 'out']);
      if (r.hung || crashed(r)) return { name, r };
      const text = readFileSync(join(dir, 'out/x/urn_iri.txt'), 'utf8');
      const sidecar = JSON.parse(readFileSync(join(dir, 'out/x/urn_iri.json'), 'utf8'));
      const good = text.includes('Crème brûlée') && sidecar.url === 'https://example.com/crème';
      return { name, r, loss: !good, detail: `title ${JSON.stringify(text.split('\n')[0])}, url ${sidecar.url}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  out.push(() => {
    const name = 'page with a damaged tail (valid UTF-8, then invalid bytes)';
    const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-data-'));
    try {
      const tail = Buffer.from(Array.from({ length: 6000 }, (_, i) => [0xa5, 0xff, 0xfd][i % 3]));
      writeFileSync(join(dir, 'tail.html'), Buffer.concat([Buffer.from(page(1, 'Die Brücke für Fußgänger')), tail]));
      const r = pith(dir, ['tail.html']);
      return { name, r, loss: r.code !== 0 || !r.out.includes('Die Brücke für Fußgänger'), detail: `exit ${r.code}; ${r.err.trim().split('\n')[0] ?? ''}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  out.push(() => {
    const name = 'two identical lines of button labels (text)';
    const r = pith(root, ['--input-format', 'text'], 'ACCEPT SELECTION REJECT ALL ACCEPT ALL\n'.repeat(2));
    return { name, r, loss: r.code !== 0 || !r.out.includes('ACCEPT'), detail: `exit ${r.code}` };
  });
  for (const kind of ['txt', 'html']) {
    out.push(() => {
      const name = `a ${mb} MB single-line page (${kind}) in batch mode`;
      const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-data-'));
      try {
        const n = Math.round((mb * 1e6) / 34);
        const body = 'many words in one long paragraph. '.repeat(n);
        writeFileSync(join(dir, `line.${kind}`), kind === 'txt' ? body : `<html><head><title>One line</title></head><body><p>${body}</p></body></html>`);
        const r = pith(dir, [`line.${kind}`, '-o', 'out', '-j', '1', '--timeout', '900']);
        if (r.hung || crashed(r)) return { name, r };
        const line = manifest(dir)[0];
        const reported = r.code === 1 && line?.status === 'failed';
        return { name, r, failed: reported, loss: !reported && (r.code !== 0 || line?.status !== 'ok'), detail: `exit ${r.code}, ${line?.status} ${line?.error ?? ''}` };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
  return out;
}

/** Run every case; print one line each and the totals; return the totals. */
export function hostileDataReport({ mb = 50, log = console.log } = {}) {
  log('\n### Hostile data: damaged archives, damaged pages, very long lines (scripts/hostile-data.mjs)\n');
  const total = { tried: 0, crashes: 0, losses: 0, hangs: 0, failed: 0 };
  for (const run of cases(mb)) {
    const c = run();
    total.tried++;
    const crash = crashed(c.r);
    const hang = c.r.hung || Boolean(c.hang);
    if (crash) total.crashes++;
    if (hang) total.hangs++;
    if (c.loss) total.losses++;
    if (c.failed) total.failed++;
    const verdict = crash ? 'CRASH' : hang ? 'HANG' : c.loss ? 'LOSS' : c.failed ? 'FAIL' : 'ok';
    log(`${verdict.padEnd(6)} ${c.name.padEnd(58)} ${String(c.r.ms).padStart(7)} ms  ${c.detail ?? c.r.err.trim().split('\n').pop()}`);
  }
  log(`\nhostile data: ${total.tried} cases, ${total.crashes} crashes, ${total.losses} silent losses, ${total.hangs} hangs; ${total.failed} reported failures`);
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const mb = args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : 50;
  const t = hostileDataReport({ mb });
  process.exit(t.crashes + t.losses + t.hangs ? 1 : 0);
}
