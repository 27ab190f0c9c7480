import { describe, expect, it } from 'vitest';
import { Pool, type PoolOptions } from '../../src/batch/pool.js';
import type { PageReply } from '../../src/batch/protocol.js';

const FAKE = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const task = (s: string) => ({ bytes: new TextEncoder().encode(s), options: {} });
const ISOLATIONS = ['process', 'thread'] as const;
const text = (r: PageReply) => (r.ok ? r.text : `!${r.error.code}`);

describe.each(ISOLATIONS)('worker pool (%s workers)', (isolation) => {
  const opts = (o: Partial<PoolOptions> = {}): PoolOptions => ({ size: 2, workerUrl: FAKE, timeoutMs: 10_000, recycleHeapMb: 100, maxHeapMb: 64, isolation, ...o });

  it('runs pages on several workers and answers each with its own result', async () => {
    const pool = new Pool(opts());
    const pages = ['sleep:200', 'sleep:201', 'sleep:202', 'sleep:203', 'sleep:204'];
    const replies = await Promise.all(pages.map((s) => pool.run(task(s))));
    expect(replies.map((r) => text(r).split('@')[0])).toEqual(pages);
    expect(new Set(replies.map((r) => text(r).split('@')[1])).size).toBe(2);
    await pool.destroy();
  });

  it('ends a hung page with a timeout by terminating its worker, and keeps serving', async () => {
    const pool = new Pool(opts({ size: 1, timeoutMs: 300 }));
    const [hung, next] = await Promise.all([pool.run(task('hang')), pool.run(task('after'))]);
    expect(hung).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringMatching(/0\.3 s limit/) } });
    expect(text(next)).toMatch(/^after@/);
    await pool.destroy();
  });

  it('turns a crash, an uncaught error and an out-of-memory page into failures of that page only', async () => {
    const pool = new Pool(opts({ size: 1 }));
    const replies = await Promise.all(['exit', 'x', 'throw', 'y', 'oom', 'z'].map((s) => pool.run(task(s))));
    expect(replies.map((r) => (r.ok ? r.text.split('@')[0] : r.error.code))).toEqual(['internal', 'x', 'internal', 'y', 'too-large', 'z']);
    expect(replies[2]).toMatchObject({ error: { message: expect.stringMatching(/boom/) } });
    await pool.destroy();
  });

  it('replaces a worker whose heap has grown past the limit, between pages', async () => {
    const pool = new Pool(opts({ size: 1, recycleHeapMb: 100 }));
    const first = await pool.run(task('heap:500'));
    const second = await pool.run(task('small'));
    expect(first.ok && second.ok).toBe(true);
    expect(text(first).split('@')[1]).not.toBe(text(second).split('@')[1]);
    expect(pool.recycled).toBe(1);
    await pool.destroy();
  });

  it('fails pages with a clear message, instead of hanging, when no worker can start', async () => {
    const pool = new Pool(opts({ workerUrl: new URL('./fixtures/does-not-exist.mjs', import.meta.url) }));
    const reply = await pool.run(task('a'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/cannot start a worker/) } });
    await pool.destroy();
  });

  it('abandons pages in flight and queued when destroyed', async () => {
    const pool = new Pool(opts({ size: 1 }));
    const pending = [pool.run(task('hang')), pool.run(task('queued'))];
    await new Promise((r) => setTimeout(r, 100));
    await pool.destroy();
    expect((await Promise.all(pending)).map(text)).toEqual(['!abandoned', '!abandoned']);
  });
});
