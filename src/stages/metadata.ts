import type { PithDocument } from '../document.js';
import type { HtmlCandidates } from '../meta/html.js';
import { decideHtml } from '../meta/decide.js';
import { decideText } from '../meta/text.js';
import { isoStamp } from '../meta/dates.js';

/**
 * Stage 8: metadata. Choose the title, authors, dates and site name the sidecar reports,
 * each with its source (src/meta/): from the candidates the HTML path gathered while the
 * page was parsed, or from the lines around a text scrape's headline. It runs after render,
 * so the text is what the earlier stages made of it; a field this stage cannot fill keeps
 * what those stages found (Readability's, for an HTML page).
 */
export function metadata(doc: PithDocument): void {
  // A page with no story and no headline fails as empty (pipeline.ts): a title found here must not rescue it.
  const body = typeof doc.data.bodyText === 'string' ? doc.data.bodyText : '';
  if (!body.trim() && !doc.meta.title?.trim()) return;
  const candidates = doc.data.metaCandidates as HtmlCandidates | undefined;
  const choice =
    doc.format === 'html' && candidates ? decideHtml(candidates, doc.url ?? doc.meta.url) : doc.format === 'text' ? decideText(doc.blocks, doc.meta.lang, doc.url ?? doc.meta.url) : null;
  if (!choice) return;
  const meta = doc.meta;
  const earlier = doc.format === 'html' ? 'readability' : 'headline-line';
  const keep = <K extends 'title' | 'byline' | 'published' | 'siteName'>(key: K) => {
    if (choice[key]) {
      meta[key] = choice[key];
      meta.metaSources[key] = choice.metaSources[key];
    } else if (meta[key]) meta.metaSources[key] = earlier;
  };
  // A date the earlier stages read (Readability's) is held to the same range: none in the future or before 1995.
  if (!choice.published && meta.published) meta.published = isoStamp(meta.published);
  keep('title');
  keep('byline');
  keep('published');
  keep('siteName');
  meta.authors = choice.byline ? choice.authors : meta.byline ? [meta.byline] : [];
  meta.modified = choice.modified;
  meta.metaSources.modified = choice.metaSources.modified;
}
