import type { Inline } from '../types.js';
import type { Part } from './outline.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Inline content as HTML. Every string from the page is escaped, and the only attributes
 * written are href, src and alt, with targets that safeUrl (inline.ts) let through.
 */
export function inlineHtml(runs: readonly Inline[]): string {
  let s = '';
  for (const run of runs) {
    if (run.t === 'text') s += escape(run.text);
    else if (run.t === 'image') s += `<img src="${escape(run.src)}" alt="${escape(run.alt)}">`;
    else if (run.t === 'link') s += `<a href="${escape(run.href)}">${inlineHtml(run.kids)}</a>`;
    else s += `<${run.t}>${inlineHtml(run.kids)}</${run.t}>`;
  }
  return s;
}

const line = (runs: readonly Inline[]) => inlineHtml(runs).replace(/\s+/g, ' ').trim();

function part(p: Part): string {
  switch (p.kind) {
    case 'heading':
      return `<h${p.level}>${line(p.inline)}</h${p.level}>`;
    case 'item':
      return `<li>${line(p.inline)}</li>`;
    case 'quote':
      return `<blockquote><p>${line(p.inline)}</p></blockquote>`;
    case 'paragraph':
      return `<p>${line(p.inline)}</p>`;
    case 'code':
      return `<pre><code>${escape(p.text)}</code></pre>`;
    case 'table':
      return `<table>\n${p.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c.trim())}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
  }
}

/** The parts as an HTML fragment: one `<article>`, consecutive list items in one `<ul>`. */
export function toHtml(parts: readonly Part[]): string {
  if (!parts.length) return '';
  const out: string[] = ['<article>'];
  let inList = false;
  for (const p of parts) {
    if (inList && p.kind !== 'item') out.push('</ul>');
    if (!inList && p.kind === 'item') out.push('<ul>');
    inList = p.kind === 'item';
    out.push(part(p));
  }
  if (inList) out.push('</ul>');
  out.push('</article>');
  return `${out.join('\n')}\n`;
}
