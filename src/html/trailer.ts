import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';
import { OWNER_MIN_MENTIONS } from '../thresholds.js';
import { HTML_RULES } from '../rules/html.js';
import { pageStopwords } from '../language/page.js';
import { main } from './lines.js';
import { mentions, ownerSubject } from '../owner.js';

/**
 * The section a horizontal rule sets off at the end of the story, when it is the
 * publisher's own boilerplate: a press release closes with "Acme Corp. is a global
 * provider of…" after an <hr>, often with no "About" heading. The rule alone is no proof
 * (notes, sources and the author's sign-off sit there too); the tell is the section's
 * subject: its first word is a capitalised name, not a function word of the page's
 * language, that the page's chrome (menus, footer and widgets removed outside the
 * content) names again and again. Returns the section's blocks, or none.
 */
export function ownerSection(doc: PithDocument, blocks: readonly Block[], first: number): Block[] {
  const start = blocks.findLastIndex((b, i) => i > first && b.ruleBefore && main(b));
  if (start < 0) return [];
  const section = blocks.slice(start).filter(main);
  if (section.length > HTML_RULES['owner-section'].params.maxBlocks) return [];
  const story = blocks.slice(0, start).filter(main).reduce((n, b) => n + b.text.length, 0);
  if (section.reduce((n, b) => n + b.text.length, 0) > HTML_RULES['owner-section'].params.maxShare * story) return [];
  const subject = ownerSubject(section[0]!.text, pageStopwords(blocks));
  if (!subject) return [];
  const chrome = doc.removed.filter((r) => r.position.index < 0).flatMap((r) => r.text.split('\n'));
  return mentions(subject, chrome) >= OWNER_MIN_MENTIONS ? section : [];
}
