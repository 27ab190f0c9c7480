import { proseWithin } from './prose.js';

/** Prose an <article> holds itself, not inside the articles nested in it (a feed's wrapper holds none). */
function ownProse(el: Element, prose: Map<Element, number>): number {
  let n = 0;
  for (const [holder, len] of prose) if (el.contains(holder) && holder.closest('article') === el) n += len;
  return n;
}

/** Class names that say what an element is, without per-post ids ("post-1806"). */
function kindOf(el: Element): string {
  return [...el.classList].filter((c) => !/\d/.test(c)).sort().join(' ');
}

/**
 * Other posts' <article> elements beside the story's own: an <article> is one
 * self-contained composition, so when the story sits in an <article> that holds the
 * page's headline (<h1>), every other <article> that neither holds nor sits in it is a
 * different post: a "you may also like" feed with full summaries, a teaser grid, the
 * next post. Articles of the story's own kind (same class names: the entries of a live
 * blog, a thread's posts) stay, and so does one holding at least as much prose of its own
 * as the story (then the story was mislocated); a feed's wrapper holds little of its own.
 */
export function findOtherArticles(body: Element, anchor: Element | null, prose: Map<Element, number>): Element[] {
  const story = anchor?.closest('article');
  if (!story || !story.querySelector('h1')) return [];
  const storyProse = proseWithin(story, prose);
  const storyKind = kindOf(story);
  const found: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('article'))) {
    if (el.contains(story) || story.contains(el) || found.some((f) => f.contains(el))) continue;
    if (kindOf(el) === storyKind || el.querySelector('[itemprop="articleBody"]')) continue;
    if (ownProse(el, prose) >= storyProse) continue;
    found.push(el);
  }
  return found;
}
