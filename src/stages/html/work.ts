import type { PithDocument } from '../../document.js';
import type { HtmlWork } from '../../html/types.js';

/** The HTML stages' working data on the document, set by the parse stage. */
export function htmlWork(doc: PithDocument): HtmlWork {
  const work = doc.data.html as HtmlWork | undefined;
  if (!work) throw new Error('pith: an HTML stage ran before the parse stage');
  return work;
}
