import type { PithDocument } from '../../document.js';
import type { TextWork } from '../../text/types.js';

/** The text stages' working data on the document, set by the lines stage. */
export function textWork(doc: PithDocument): TextWork {
  const work = doc.data.text as TextWork | undefined;
  if (!work) throw new Error('pith: a text stage ran before the lines stage');
  return work;
}
