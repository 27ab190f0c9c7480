/** The reports (issue 18): pure functions from sidecars to self-contained HTML. */
export { pageReport, readingOrder, type PageReportOptions, type Row, type SavedSidecar } from './page.js';
export { BatchSummary, type SummaryLine } from './summary.js';
export { esc } from './escape.js';
