import { crypto } from '../lazy.js';

export interface Shard {
  /** 1-based: shard 1/4 … 4/4. */
  index: number;
  count: number;
}

/** Parse "i/n" (1 ≤ i ≤ n); null when malformed. */
export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/**
 * Whether `key` (an input's path as typed, '/'-separated) belongs to this shard. A hash of the
 * path, not of the walk position, so machines that list the same folder split it the same way
 * without talking to each other, and adding a file moves no other file between shards.
 */
export function inShard(key: string, shard: Shard | null): boolean {
  if (!shard || shard.count === 1) return true;
  const h = crypto().createHash('sha256').update(key.split('\\').join('/')).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
