/**
 * Unicode property classes (\p{L}, \p{Lu}, \p{N}…) spelled out for text in Latin script.
 *
 * V8 builds a \p class for the whole of Unicode when it parses a pattern, and compiles it
 * for all of Unicode (surrogate pairs included) on the pattern's first run: a tenth to half
 * a millisecond per pattern, paid by every CLI run that cleans one page, and again for each
 * of one-byte and two-byte strings. Spelled out for the few characters Latin-script text is
 * made of, the same classes cost a tenth of that. On such a text the two patterns match
 * alike: every character of the text is one of LATIN, and test/latin.test.ts checks that
 * each spelled class agrees with its property on every one of them.
 */

/** Latin-script text: nothing past U+024F but general punctuation (dashes, curly quotes). */
export const LATIN = '\\x00-\\u024f\\u2010-\\u206f';
const NOT_LATIN = new RegExp(`[^${LATIN}]`, 'u');

/** The properties, restricted to LATIN, as the body of a character class. */
export const LATIN_PROPERTIES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f',
  Lu:
    'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u010e\\u0110\\u0112\\u0114\\u0116\\u0118\\u011a\\u011c\\u011e\\u0120\\u0122\\u0124\\u0126\\u0128\\u012a\\u012c\\u012e\\u0130\\u0132\\u0134\\u0136\\u0139\\u013b\\u013d\\u013f\\u0141\\u0143\\u0145\\u0147\\u014a\\u014c\\u014e\\u0150\\u0152\\u0154\\u0156\\u0158\\u015a\\u015c\\u015e\\u0160\\u0162\\u0164\\u0166\\u0168\\u016a\\u016c\\u016e\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179\\u017b\\u017d\\u0181\\u0182\\u0184\\u0186\\u0187\\u0189-\\u018b\\u018e-\\u0191\\u0193\\u0194\\u0196-\\u0198\\u019c\\u019d\\u019f\\u01a0\\u01a2\\u01a4\\u01a6\\u01a7\\u01a9\\u01ac\\u01ae\\u01af\\u01b1-\\u01b3\\u01b5\\u01b7\\u01b8\\u01bc\\u01c4\\u01c7\\u01ca\\u01cd\\u01cf\\u01d1\\u01d3\\u01d5\\u01d7\\u01d9\\u01db\\u01de\\u01e0\\u01e2\\u01e4\\u01e6\\u01e8\\u01ea\\u01ec\\u01ee\\u01f1\\u01f4\\u01f6-\\u01f8\\u01fa\\u01fc\\u01fe\\u0200\\u0202\\u0204\\u0206\\u0208\\u020a\\u020c\\u020e\\u0210\\u0212\\u0214\\u0216\\u0218\\u021a\\u021c\\u021e\\u0220\\u0222\\u0224\\u0226\\u0228\\u022a\\u022c\\u022e\\u0230\\u0232\\u023a\\u023b\\u023d\\u023e\\u0241\\u0243-\\u0246\\u0248\\u024a\\u024c\\u024e',
  Ll:
    'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0101\\u0103\\u0105\\u0107\\u0109\\u010b\\u010d\\u010f\\u0111\\u0113\\u0115\\u0117\\u0119\\u011b\\u011d\\u011f\\u0121\\u0123\\u0125\\u0127\\u0129\\u012b\\u012d\\u012f\\u0131\\u0133\\u0135\\u0137\\u0138\\u013a\\u013c\\u013e\\u0140\\u0142\\u0144\\u0146\\u0148\\u0149\\u014b\\u014d\\u014f\\u0151\\u0153\\u0155\\u0157\\u0159\\u015b\\u015d\\u015f\\u0161\\u0163\\u0165\\u0167\\u0169\\u016b\\u016d\\u016f\\u0171\\u0173\\u0175\\u0177\\u017a\\u017c\\u017e-\\u0180\\u0183\\u0185\\u0188\\u018c\\u018d\\u0192\\u0195\\u0199-\\u019b\\u019e\\u01a1\\u01a3\\u01a5\\u01a8\\u01aa\\u01ab\\u01ad\\u01b0\\u01b4\\u01b6\\u01b9\\u01ba\\u01bd-\\u01bf\\u01c6\\u01c9\\u01cc\\u01ce\\u01d0\\u01d2\\u01d4\\u01d6\\u01d8\\u01da\\u01dc\\u01dd\\u01df\\u01e1\\u01e3\\u01e5\\u01e7\\u01e9\\u01eb\\u01ed\\u01ef\\u01f0\\u01f3\\u01f5\\u01f9\\u01fb\\u01fd\\u01ff\\u0201\\u0203\\u0205\\u0207\\u0209\\u020b\\u020d\\u020f\\u0211\\u0213\\u0215\\u0217\\u0219\\u021b\\u021d\\u021f\\u0221\\u0223\\u0225\\u0227\\u0229\\u022b\\u022d\\u022f\\u0231\\u0233-\\u0239\\u023c\\u023f\\u0240\\u0242\\u0247\\u0249\\u024b\\u024d\\u024f',
  N: '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be',
  Nd: '0-9',
  Pc: '_\\u203f\\u2040\\u2054',
  // No combining mark lies in LATIN (they start at U+0300): an empty class, which matches nothing.
  M: '',
  Extended_Pictographic: '\\u00a9\\u00ae\\u203c\\u2049',
};

// Tokens and the line tests check the same text in a row: decide once.
let lastText: string | undefined;
let lastLatin = false;

/** Every character of the text is one of LATIN. */
export function isLatin(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLatin = !NOT_LATIN.test(text);
  }
  return lastLatin;
}

/** The pattern source with each \p{…} spelled out for LATIN. */
export function spellLatin(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        const spelled = LATIN_PROPERTIES[name];
        // \P{…} inside a class would need a class difference; none is spelled rather than guessed.
        if (next === 'P' || spelled === undefined) throw new Error(`latin: cannot spell \\${next}{${name}} in /${source}/`);
        out += inClass ? spelled : `[${spelled}]`;
        i = end;
        continue;
      }
      out += ch + (next ?? '');
      i++;
      continue;
    }
    // Under the u flag (without v) classes do not nest, and a `[` inside one is a literal.
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/**
 * A pattern with \p classes, built for the text it is run on: spelled out for Latin-script
 * text, as written for any other. Neither is parsed before a text needs it. Flag `u`
 * required, no `i` (case folding would reach past LATIN).
 */
export class PropertyPattern {
  private full: RegExp | undefined;
  private latin: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    if (!flags.includes('u') || flags.includes('i')) throw new Error(`latin: /${source}/${flags} needs flag u and no i`);
  }

  /** The pattern to run on `text`. */
  for(text: string): RegExp {
    if (isLatin(text)) return (this.latin ??= new RegExp(spellLatin(this.source), this.flags));
    return (this.full ??= new RegExp(this.source, this.flags));
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }

  /** `text.match` with the pattern (with flag `g`: every match, or null). */
  match(text: string): RegExpMatchArray | null {
    return text.match(this.for(text));
  }
}
