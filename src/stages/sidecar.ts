import type { PithDocument } from '../document.js';
import type { Position, Sidecar, SourceInfo } from '../types.js';
import { crypto } from '../lazy.js';
import { countWords } from '../measure.js';

export const SCHEMA_VERSION = 1 as const;

/**
 * The sidecar's source, with the input's sha256 taken when it is first read. Hashing needs
 * node:crypto, whose loading was 5 ms of a one-page CLI run that prints only the text; a
 * sidecar that is written out (JSON.stringify, postMessage, a spread) reads the field like
 * any other. Until then the sidecar keeps a reference to the input bytes.
 */
function sourceOf(doc: PithDocument): SourceInfo {
  const input = doc.input;
  // path and bytes first, then sha256, then the rest: the order the sidecar has always had.
  const { path, bytes, ...rest } = doc.source;
  const source: SourceInfo = { path, bytes, sha256: '', ...rest };
  const settle = (value: string) => Object.defineProperty(source, 'sha256', { value, enumerable: true, writable: true, configurable: true });
  return Object.defineProperty(source, 'sha256', {
    enumerable: true,
    configurable: true,
    get: () => settle(crypto().createHash('sha256').update(input).digest('hex')).sha256,
    set: settle,
  });
}

/** Stage 8: sidecar. The document object written out as plain JSON data. */
export function toSidecar(doc: PithDocument): Sidecar {
  const sidecar: Sidecar = {
    schemaVersion: SCHEMA_VERSION,
    source: sourceOf(doc),
    ...doc.meta,
    wordCount: countWords(typeof doc.data.bodyText === 'string' ? doc.data.bodyText : ''),
    kept: doc.blocks.filter((b) => b.label?.main).map((b) => ({ text: b.text, type: b.type, position: { ...b.position }, ...(b.title ? { title: true as const } : {}), ...(b.label?.main && b.label.keptAs ? { keptAs: { ...b.label.keptAs } } : {}) })),
    pageType: doc.pageType,
    removed: doc.removed.map((r) => ({ ...r, position: { ...r.position } })),
    related: doc.related.map((r) => ({ ...r })),
    warnings: doc.messages.filter((m) => m.level === 'warning').map((m) => `${m.stage}: ${m.message}`),
  };
  rankOrders([...sidecar.kept, ...sidecar.removed].map((b) => b.position));
  if (doc.options.debug) sidecar.debug = { messages: doc.messages, ...doc.debug };
  return sidecar;
}

/**
 * Page orders as ranks among the ones the sidecar holds (0, 1, 2…): the same page parsed by
 * another DOM engine numbers its elements differently (jsdom adds the <tbody> a table
 * implies, linkedom does not), but it puts the same blocks in the same order.
 */
function rankOrders(positions: Position[]): void {
  const rank = new Map([...new Set(positions.map((p) => p.order).filter((o) => o !== undefined))].sort((a, b) => a - b).map((o, i) => [o, i]));
  for (const p of positions) if (p.order !== undefined) p.order = rank.get(p.order)!;
}
