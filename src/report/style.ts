/**
 * The reports' look: one inline style sheet (no network, no script) and the head every
 * report starts with, including a Content Security Policy that forbids scripts, frames,
 * forms and every fetch, so even markup that slipped through escaping could not run or call out.
 */
import type { Kind } from '../types.js';
import { esc } from './escape.js';

/** Shade (background) and mark (border, badge) per kind: distinct hues, dark text readable on each. */
export const KIND_COLOURS: Record<Kind, { shade: string; mark: string }> = {
  related: { shade: '#fde4cc', mark: '#d9731a' },
  video: { shade: '#ece0fa', mark: '#7b4fc9' },
  ad: { shade: '#fbd6d6', mark: '#c93636' },
  comments: { shade: '#d8ebfb', mark: '#2f7cc4' },
  newsletter: { shade: '#d7f1e0', mark: '#2e9457' },
  share: { shade: '#fdf1bd', mark: '#b38f00' },
  nav: { shade: '#e1e6ee', mark: '#5a6b85' },
  cookie: { shade: '#f2e3d3', mark: '#8a5a2b' },
  footer: { shade: '#e6e6e6', mark: '#6b6b6b' },
  other: { shade: '#f6dcec', mark: '#b0407f' },
};

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const kindRules = Object.entries(KIND_COLOURS)
  .map(([k, c]) => `.k-${k}{background:${c.shade};border-left-color:${c.mark}}.k-${k} .tag,.tag.k-${k}{background:${c.mark}}rect.k-${k}{fill:${c.mark}}`)
  .join('\n');

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2330;background:#f7f8fa}
header.top{padding:18px 28px 12px;background:#fff;border-bottom:1px solid #dde1e7}
h1{font-size:22px;margin:0 0 6px;line-height:1.25}
h2{font-size:15px;margin:0 0 10px;text-transform:uppercase;letter-spacing:.04em;color:#5a6372}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0 0;font-size:13.5px}
.meta dt{color:#5a6372}.meta dd{margin:0;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:12px}
.tag{display:inline-block;color:#fff;font-size:11.5px;font-weight:600;padding:1px 7px;border-radius:9px;white-space:nowrap}
.tag.kept{background:#fff;color:#1d2330;border:1px solid #b9c0cc}
.warn{color:#8a4b00;font-size:13.5px;margin:6px 0 0}
main.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:22px;padding:18px 28px 40px}
@media (max-width:900px){main.cols{grid-template-columns:1fr}}
section.pane{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:16px 18px;min-width:0}
.b{padding:4px 10px;margin:3px 0;border-left:4px solid transparent;border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere}
.b.kept{border-left-color:#e4e7ec}
.b.h{font-weight:650;font-size:16.5px}.b.title{font-size:19px;font-weight:700}
.b.li::before{content:"\\2022  ";color:#8a93a3}
.b.quote{font-style:italic}
.b.code,.b.table{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:13px}
.b.r{margin:6px 0}
.b.r .why{display:block;font-size:12.5px;color:#3b4252;margin:0 0 3px;white-space:normal}
.b.r .why code{font-size:12px;background:rgba(255,255,255,.65);padding:0 4px;border-radius:3px}
.b.r .t{display:block;max-height:11em;overflow:auto;color:#3b4252}
.b.lined{padding-left:54px}
.b .ln{float:left;width:34px;margin-left:-44px;padding-top:.2em;text-align:right;color:#8a93a3;font:11.5px ui-monospace,monospace;user-select:none}
.b.r.lined .why{margin-left:-44px}
.gap{height:10px}
pre.out{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font:13.5px/1.55 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
.note{color:#5a6372;font-size:13px;margin:0 0 10px}
table.list{border-collapse:collapse;width:100%;font-size:13.5px}
table.list th,table.list td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff3;vertical-align:top;overflow-wrap:anywhere}
table.list td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:12px 0 0}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:10px 14px}
.card .v{font-size:26px;font-weight:700}.card .l{color:#5a6372;font-size:13px}
.grid2{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:22px;padding:18px 28px 40px}
@media (max-width:900px){.grid2{grid-template-columns:1fr}}
.grid2 .wide{grid-column:1/-1}
section.pane svg{display:block;width:100%;height:auto;max-width:720px}
svg text{font:12px system-ui,sans-serif;fill:#1d2330}
a{color:#1f5fae}
${kindRules}
`;

/** The document's start: charset, the policy (before anything a page gave), title and style. */
export function head(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="pith">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
`;
}
