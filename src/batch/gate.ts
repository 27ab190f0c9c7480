/**
 * A counting gate: at most `limit` pages in flight. Bounds memory however long the walk is —
 * the walk waits here instead of piling pages up in a queue.
 */
export class Gate {
  private active = 0;
  private waiters: (() => void)[] = [];
  private idle: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async enter(): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
  }

  leave(): void {
    this.active--;
    this.waiters.shift()?.();
    if (this.active === 0) for (const r of this.idle.splice(0)) r();
  }

  /** Resolves once nothing is in flight. */
  async drained(): Promise<void> {
    if (this.active === 0) return;
    await new Promise<void>((r) => this.idle.push(r));
  }
}
