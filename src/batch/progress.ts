import { BATCH_PROGRESS_HZ } from '../thresholds.js';

export interface Tally {
  ok: number;
  skipped: number;
  failed: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * The stderr progress line: done/total, pages per second, ETA and failures, redrawn in place
 * at most BATCH_PROGRESS_HZ times a second. Written by hand (a dozen lines) rather than with
 * cli-progress because the total is unknown until the counting walk ends and the line has to
 * be erased cleanly before any error message is printed under it.
 */
export class Progress {
  private total: number | null = null;
  private last = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly out: { write(s: string): unknown },
    private readonly enabled: boolean,
    private readonly tally: Tally,
  ) {}

  setTotal(n: number): void {
    this.total = n;
    this.tick();
  }

  tick(force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 1000 / BATCH_PROGRESS_HZ) return;
    this.last = now;
    const done = this.tally.ok + this.tally.skipped + this.tally.failed;
    const cleaned = this.tally.ok;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? cleaned / secs : 0;
    const width = 24;
    const frac = this.total ? Math.min(1, done / this.total) : 0;
    const bar = this.total ? '█'.repeat(Math.round(frac * width)).padEnd(width, '░') : '░'.repeat(width);
    const eta = this.total && rate > 0 ? clock((this.total - done) / rate) : '--:--';
    const line = `${bar} ${done}/${this.total ?? '?'}  ${rate.toFixed(1)} pages/s  ETA ${eta}  failed ${this.tally.failed}`;
    this.out.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Erase the bar so a message can be printed on a clean line; the next tick redraws it. */
  clear(): void {
    if (this.enabled && this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}

export function summaryLine(tally: Tally, ms: number, interrupted: boolean): string {
  const secs = ms / 1000;
  const rate = secs > 0 ? tally.ok / secs : 0;
  const head = interrupted ? 'pith: interrupted: ' : 'pith: ';
  return `${head}${tally.ok} cleaned, ${tally.skipped} skipped, ${tally.failed} failed in ${secs.toFixed(1)} s (${rate.toFixed(1)} pages/s)\n`;
}
