/** What the HTML stages hand on to each other on the document (doc.data.html). */
export interface HtmlWork {
  /** The parsed page (parse stage), pruned in place (prune stage). */
  document: Document;
  /** The pruned body as it was before Readability rewrote it (locate stage). */
  spare: Element | null;
  /** The located story content (locate stage). */
  root: Element | null;
}
