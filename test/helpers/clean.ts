import { clean } from '../../src/index.js';
import { validateSidecar } from '../schema.js';

/** Clean a text scrape and insist that it succeeds: the text-path tests look at what came out. */
export async function cleanScrape(text: string) {
  const result = await clean(text, { path: 'page.txt' });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/**
 * Clean an HTML page (no headline line in the text), insist that it succeeds and that its
 * sidecar matches the schema: the HTML structure tests look at what came out.
 */
export async function cleanPage(html: string) {
  const result = await clean(html, { format: 'html', title: false });
  if (!result.ok) throw new Error(result.error.message);
  validateSidecar(result.sidecar);
  return result;
}
