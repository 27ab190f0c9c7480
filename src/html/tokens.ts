/**
 * Class/id/role tokens. `relatedPosts`, `related-posts` and `related_posts` all give
 * the tokens `related` and `posts`, so rules match whole words: `header` never matches
 * `head`, `shared` never matches `share`, `ad` never matches `add` or `shadow`.
 */
const cache = new WeakMap<Element, string[]>();

export function splitTokens(value: string): string[] {
  // Most names hold no Latin capital ("post-body", "entry_content"): the camelCase splits are for those that do.
  if (!/[A-Z]/.test(value)) return value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return value
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    // A lookahead, not /([A-Z]+)([A-Z][a-z])/: that retries every start of a long capital run (quadratic).
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The tokens of an element's class, id, role, itemprop and aria-label attributes. */
export function tokensOf(el: Element): string[] {
  let t = cache.get(el);
  if (t) return t;
  // Most elements of a page carry no attribute at all.
  if (!el.hasAttributes()) {
    t = [];
    cache.set(el, t);
    return t;
  }
  const parts = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), el.getAttribute('itemprop'), el.getAttribute('data-component'), el.getAttribute('data-module')];
  t = splitTokens(parts.filter(Boolean).join(' '));
  cache.set(el, t);
  return t;
}

/**
 * Words that make a kind token a modifier of the element rather than its identity:
 * `has-comments`, `no-sidebar`, `with-related`, `comments-open` describe a page or an
 * article wrapper, not a comments box.
 */
const MODIFIERS = new Set(['has', 'no', 'with', 'without', 'show', 'enable', 'enabled', 'disabled', 'allow', 'open', 'closed', 'count', 'counter', 'number', 'num', 'icon', 'link', 'btn', 'button', 'toggle', 'trigger']);

/** True when `tokens` contains `word` (or the phrase `word` as consecutive tokens) in its own right. */
export function hasToken(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    const before = tokens[i - 1];
    if (before && MODIFIERS.has(before)) continue;
    return true;
  }
  return false;
}
