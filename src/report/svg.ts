/**
 * Two plain inline-SVG charts for the batch summary: horizontal bars (counts by label) and a
 * histogram. No library and no script: the numbers are drawn as shapes and text.
 */
import { esc } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** A CSS class for the bar's colour (a kind), from the fixed vocabulary. */
  cls?: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Horizontal bars, longest first as given, the value at the end of each bar. */
export function barChart(bars: readonly Bar[], title: string, width = 560): string {
  const labelW = 190;
  const row = 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = width - labelW - 70;
  const h = bars.length * row + 8;
  const items = bars.map((b, i) => {
    const y = 4 + i * row;
    const w = Math.max(1, Math.round((b.value / max) * plotW));
    const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
    return (
      `<g><title>${esc(`${b.label}: ${fmt(b.value)}`)}</title>` +
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${row - 6}" rx="2" class="${b.cls ? `bar ${esc(b.cls)}` : 'bar'}"${b.cls ? '' : ' fill="#4f7cc0"'}></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 15}">${fmt(b.value)}</text></g>`
    );
  });
  return `<svg role="img" aria-label="${esc(title)}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" xmlns="http://www.w3.org/2000/svg">${items.join('')}</svg>`;
}

/**
 * A histogram over [0, 1] from its bin counts (equal bins), labelled as percentages: how
 * many pages kept what share of their words.
 */
export function histogram(counts: readonly number[], title: string, xLabel: string, width = 560): string {
  const bins = counts.length;
  const h = 230;
  const left = 46;
  const bottom = 40;
  const plotW = width - left - 26;
  const plotH = h - bottom - 14;
  const max = Math.max(1, ...counts);
  const bw = plotW / bins;
  const parts: string[] = [];
  // Whole numbers of pages only: with a tallest bar of 1, a middle tick would read "1" twice.
  for (const n of new Set([0, Math.round(max / 2), max])) {
    const y = 14 + plotH - (n / max) * plotH;
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="#e3e6eb"></line><text x="${left - 6}" y="${y + 4}" text-anchor="end">${fmt(n)}</text>`);
  }
  counts.forEach((c, i) => {
    const bh = Math.round((c / max) * plotH);
    const x = left + i * bw;
    const range = `${Math.round((i / bins) * 100)}–${Math.round(((i + 1) / bins) * 100)}%`;
    parts.push(
      `<g><title>${esc(`${range}: ${fmt(c)} pages`)}</title><rect x="${x + 2}" y="${14 + plotH - bh}" width="${bw - 4}" height="${bh}" fill="#4f7cc0" rx="2"></rect>` +
        (c ? `<text x="${x + bw / 2}" y="${10 + plotH - bh}" text-anchor="middle">${fmt(c)}</text>` : '') +
        `</g>`,
    );
  });
  for (let i = 0; i <= bins; i += bins >= 10 ? 2 : 1) parts.push(`<text x="${left + i * bw}" y="${h - bottom + 18}" text-anchor="middle">${Math.round((i / bins) * 100)}%</text>`);
  parts.push(`<text x="${left + plotW / 2}" y="${h - 4}" text-anchor="middle" fill="#5a6372">${esc(xLabel)}</text>`);
  return `<svg role="img" aria-label="${esc(title)}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
