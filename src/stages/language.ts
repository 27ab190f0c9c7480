import type { PithDocument } from '../document.js';
import { primaryTag, sameLanguage, closeLanguage } from '../language/codes.js';
import { detectLanguage } from '../language/detect.js';

/**
 * Stage: language. The language of the main text, with where it came from (src/language/):
 * - `declared`: the page's own (<html lang>, a Content-Language or og:locale meta), with no
 *   main text long enough to check it against;
 * - `declared-checked`: the declared one, and the text reads as it (or as a language too
 *   close to tell from it);
 * - `detected`: none declared (every text scrape), told from the text (from the whole page's
 *   when the main text is too short to tell);
 * - `detected-over-declared`: the text plainly is in another language than the declared one
 *   (a template's lang="en" on a German story);
 * - null when there is neither. `langDeclared` keeps what the page said either way. It runs
 * after render, on the text the story is made of, and before metadata, which reads dates in it.
 */
export async function language(doc: PithDocument): Promise<void> {
  const meta = doc.meta;
  const said = meta.lang?.trim() || null;
  meta.langDeclared = said;
  const declared = primaryTag(said);
  const body = typeof doc.data.bodyText === 'string' ? doc.data.bodyText : '';
  let found = body ? await detectLanguage(body, declared) : null;
  // A story too short to tell (a product's name and price, a one-line listing) with nothing
  // declared: the rest of the page, menus and all, is in the same language far more often than not.
  if (!found && !declared) found = await detectLanguage(pageText(doc), null);
  if (declared && said) {
    if (found?.overrules) {
      meta.lang = found.lang;
      meta.langSource = 'detected-over-declared';
    } else {
      meta.lang = said.replace(/_/g, '-');
      meta.langSource = found && (sameLanguage(found.lang, declared) || closeLanguage(found.lang, declared)) ? 'declared-checked' : 'declared';
    }
  } else {
    meta.lang = found?.lang ?? null;
    meta.langSource = found ? 'detected' : null;
  }
}

/** Every block's text, kept or removed, for a page whose main text is too short to tell. */
function pageText(doc: PithDocument): string {
  return [...doc.blocks.map((b) => b.text), ...doc.removed.map((r) => r.text)].join('\n');
}
