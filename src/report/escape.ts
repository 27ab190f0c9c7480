/**
 * Escaping for the reports. Everything that comes from a page (text, paths, URLs, rule
 * names) goes through `esc` before it touches the markup; nothing from a page ever becomes
 * an attribute name, a tag, a URL the report links to, or a class outside the fixed kind
 * vocabulary.
 */
import { KINDS, type Kind } from '../types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text safe both as element content and inside a double- or single-quoted attribute. Controls
 * (NUL and the like) and lone surrogates, which a browser replaces or reads oddly, become
 * U+FFFD; bidirectional overrides and isolates are shown as their code, so a page cannot
 * reverse the report's own words around them.
 */
export function esc(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** A kind from the sidecar, or 'other' when the sidecar names one outside the vocabulary. */
export function kindOf(value: unknown): Kind {
  return (KINDS as readonly string[]).includes(value as string) ? (value as Kind) : 'other';
}

/**
 * A relative link to a file the report itself wrote: each path segment percent-encoded, so no
 * scheme (javascript:), query or fragment can come out of a page's file name.
 */
export function relHref(segments: readonly string[]): string {
  return esc(segments.map((s) => encodeURIComponent(s)).join('/'));
}
