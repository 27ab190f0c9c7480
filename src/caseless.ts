/**
 * Case-insensitive matching without the compile cost of the `i` flag. V8 compiles a pattern
 * on its first run, and under `iu` it case-folds every letter and class of it over all of
 * Unicode: the classifiers' word lists took about three times as long to compile as without
 * `i`, and a one-page CLI run compiles each of them anew. So those lists are written in
 * lower case and matched, with `u` alone, against the text lower-cased once.
 *
 * That is the same match as `iu` on the original text, character for character, as long as
 * the text has none of FOLD_APART: characters whose lower case is not what `iu` compares
 * (ſ matches s, ς matches σ, µ matches μ; İ lower-cases to two characters; Σ lower-cases by
 * its position). A text with one of them is matched by the `iu` pattern itself, compiled
 * only then. test/caseless.test.ts derives that set from the engine again, so a newer
 * Unicode cannot quietly break the equivalence.
 *
 * A pattern given here must be written in lower case and use no class that depends on case
 * (\p{Lu}, [A-Z]): lower-casing the text would change what those match.
 */
export const FOLD_APART =
  /[\u00b5\u0130\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06]/u;

// A line is tested against a dozen patterns in a row: lower-case it once.
let lastText: string | undefined;
let lastLower: string | null = null;

/**
 * The text lower-cased, or null when lower case is not what `iu` matching compares.
 *
 * Handed over as a two-byte string: V8 compiles a pattern once for one-byte (Latin-1) strings
 * and once more for two-byte ones, each on first use, and a page with lines of both kinds
 * (169 of the 181 benchmark text pages) paid both, 2.4 + 3.1 ms for the classifiers'
 * patterns. Strings of one or two characters V8 keeps one-byte whatever is done: see tiny().
 */
function lowered(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    if (FOLD_APART.test(text)) lastLower = null;
    else {
      const low = text.toLowerCase();
      lastLower = low.length > 2 ? (low + '\u0100').slice(0, -1) : low;
    }
  }
  return lastLower;
}

/** A text of at most two Latin-1 characters: one V8 always stores one-byte. */
export function isTinyLatin1(text: string): boolean {
  return text.length <= 2 && (text.length === 0 || text.charCodeAt(0) < 0x100) && (text.length < 2 || text.charCodeAt(1) < 0x100);
}

export interface CaselessOptions {
  /**
   * The pattern matches some text of at most two Latin-1 characters ("ad", "©"). Any other
   * answers no for such a text without running, so that its one-byte code is never compiled.
   * test/caseless.test.ts tries every such text on every pattern and holds the mark to it.
   */
  tiny?: boolean;
}

/** A case-insensitive pattern, matched as `iu` would match it. */
export class Caseless {
  private exact: RegExp | undefined;

  readonly tiny: boolean;

  /** `lower`: the pattern in lower case, flag `u` (no `i`, no `g` or `y`). */
  constructor(
    readonly lower: RegExp,
    options: CaselessOptions = {},
  ) {
    this.tiny = options.tiny ?? false;
  }

  test(text: string): boolean {
    if (!this.tiny && isTinyLatin1(text)) return false;
    const low = lowered(text);
    return low === null ? this.iu().test(text) : this.lower.test(low);
  }

  /** The first match; its text is the original's (capture groups are not restored: use none). */
  exec(text: string): RegExpExecArray | null {
    if (!this.tiny && isTinyLatin1(text)) return null;
    const low = lowered(text);
    if (low === null) return this.iu().exec(text);
    const m = this.lower.exec(low);
    if (m) {
      m[0] = text.slice(m.index, m.index + m[0].length);
      m.input = text;
    }
    return m;
  }

  private iu(): RegExp {
    return (this.exact ??= new RegExp(this.lower.source, this.lower.flags + 'i'));
  }
}
