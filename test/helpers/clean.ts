import { clean } from '../../src/index.js';

/** Clean a text scrape and insist that it succeeds: the text-path tests look at what came out. */
export async function cleanScrape(text: string) {
  const result = await clean(text, { path: 'page.txt' });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}
