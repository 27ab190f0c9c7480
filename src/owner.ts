/**
 * The subject of a publisher's about-box, shared by both paths (html/trailer.ts,
 * text/tail.ts): a press release closes with "Acme Corp. is a global provider of…", and
 * what gives the box away is that its first word is a name the page's own chrome (menus,
 * footer) repeats again and again.
 */

const NAME_WORD = /^\p{Lu}[\p{L}\p{N}'’&.-]*$/u;

/** The text's first word when it is a capitalised name, not a function word of the page's language; else null. */
export function ownerSubject(text: string, stopwords: ReadonlySet<string> | null | undefined): string | null {
  const subject = (text.split(/\s+/)[0] ?? '').replace(/[,:;]$/, '');
  return NAME_WORD.test(subject) && !stopwords?.has(subject.toLowerCase()) ? subject : null;
}

/** How many of the texts name the subject as a whole word. */
export function mentions(subject: string, texts: readonly string[]): number {
  const word = new RegExp(`(?:^|[^\\p{L}\\p{N}])${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u');
  return texts.filter((t) => word.test(t)).length;
}
