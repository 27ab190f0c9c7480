import type { Inline } from '../types.js';
import type { Part } from './outline.js';
import { plainOf } from './inline.js';

/** Characters that would start markup inside a line. */
const escape = (s: string) => s.replace(/[\\`*_[\]<]/g, '\\$&');
/** A line that would read as a heading, quote, list item or rule unless its first sign is escaped. */
const escapeStart = (s: string) => s.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>+=-])/, '\\$1');
/** Parentheses and spaces in a target would end it early. */
const target = (url: string) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** `**x**` around the words, the spaces outside: markdown ignores a mark next to a space. */
function wrap(mark: string, inner: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : inner;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return text.trim() ? `${fence}${/^`|`$/.test(text) ? ` ${text} ` : text}${fence}` : text;
}

export function inlineMarkdown(runs: readonly Inline[]): string {
  let s = '';
  for (const run of runs) {
    if (run.t === 'text') s += escape(run.text);
    else if (run.t === 'image') s += `![${escape(run.alt)}](${target(run.src)})`;
    else if (run.t === 'link') {
      const inner = inlineMarkdown(run.kids).replace(/\s+/g, ' ').trim();
      s += inner ? `[${inner}](${target(run.href)})` : '';
    } else if (run.t === 'code') s += codeSpan(plainOf(run.kids));
    else s += wrap(run.t === 'strong' ? '**' : '*', inlineMarkdown(run.kids));
  }
  return s;
}

const line = (runs: readonly Inline[]) => inlineMarkdown(runs).replace(/\s+/g, ' ').trim();

function table(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (c: string) => escape(c).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const row = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
  // GFM needs a header row; the first row stands as one (pages rarely mark theirs).
  return [row(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(row)].join('\n');
}

function part(p: Part): string {
  switch (p.kind) {
    case 'heading':
      return `${'#'.repeat(p.level)} ${line(p.inline)}`;
    case 'item':
      return `- ${line(p.inline)}`;
    case 'quote':
      return `> ${line(p.inline)}`;
    case 'paragraph':
      return escapeStart(line(p.inline));
    case 'code': {
      const longest = Math.max(2, ...(p.text.match(/`+/g) ?? []).map((r) => r.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${p.text}\n${fence}`;
    }
    case 'table':
      return table(p.rows);
  }
}

/** The parts as CommonMark with GFM tables: a blank line between blocks, list items on consecutive lines. */
export function toMarkdown(parts: readonly Part[]): string {
  let out = '';
  let prev: Part | null = null;
  for (const p of parts) {
    const s = part(p);
    if (!s.replace(/[#>\-\s]/g, '')) continue;
    if (prev) out += prev.kind === 'item' && p.kind === 'item' ? '\n' : '\n\n';
    out += s;
    prev = p;
  }
  return out ? `${out}\n` : '';
}
