/**
 * Hostile and broken inputs, generated (nothing large is checked in). Each case says what
 * pith must do with it: clean it (and what the story must and must not contain), or reject
 * it with one error code. Used by test/hostile.test.ts and scripts/hostile-report.mjs.
 */
import { gzipSync } from 'node:zlib';

export interface HostileCase {
  name: string;
  category: string;
  path: string;
  bytes: () => Uint8Array;
  /** `ok`: cleaned; otherwise the error code it must be rejected with. */
  expect: 'ok' | 'empty' | 'binary' | 'gzip' | 'too-large';
  /** Snippets the output text must contain (the story, decoded right). */
  story?: string[];
  /** Snippets that must never reach the output. */
  absent?: string[];
  /** Snippet of a warning the sidecar must carry. */
  warning?: string;
  options?: Record<string, unknown>;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Deterministic bytes (xorshift), so a failure can be reproduced. */
export function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const encoders = new Map<string, Map<string, number[]>>();
/**
 * Encode text in a legacy encoding by inverting its decoder: Node ships decoders for every
 * WHATWG encoding but no encoders. Single bytes, then two-byte sequences, are decoded once
 * and the table is reversed.
 */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  let table = encoders.get(encoding);
  if (!table) {
    table = new Map();
    const dec = new TextDecoder(encoding, { fatal: true });
    const tryBytes = (bytes: number[]) => {
      try {
        const ch = dec.decode(new Uint8Array(bytes));
        if ([...ch].length === 1 && ch !== '\uFFFD' && !table!.has(ch)) table!.set(ch, bytes);
      } catch {
        // not a character in this encoding
      }
    };
    for (let b = 0; b < 256; b++) tryBytes([b]);
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) tryBytes([lead, trail]);
    encoders.set(encoding, table);
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`test fixture: ${JSON.stringify(ch)} is not in ${encoding}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** Story paragraphs of realistic length, in several languages and scripts. */
export const STORIES: Record<string, { title: string; paragraphs: string[] }> = {
  english: {
    title: 'River town rebuilds its old stone bridge',
    paragraphs: [
      'Work on the old stone bridge began in the spring, after two winters of floods had loosened the piers and closed the crossing to traffic.',
      'Engineers said the arches would be taken down stone by stone, numbered, cleaned and set back on new foundations before the autumn rains.',
      'Shopkeepers on both banks said the detour had cost them customers, and they welcomed a date for the reopening at last.',
    ],
  },
  french: {
    title: 'La ville rénove son vieux pont de pierre',
    paragraphs: [
      'Les travaux sur le vieux pont ont commencé au printemps, après deux hivers de crues qui avaient fragilisé les piles et fermé le passage.',
      'Les ingénieurs ont expliqué que les arches seraient démontées pierre par pierre, numérotées, nettoyées puis remontées sur de nouvelles fondations.',
      'Les commerçants des deux rives ont salué une date de réouverture, après des mois de détour coûteux pour leurs clients.',
    ],
  },
  polish: {
    title: 'Miasto odbudowuje stary kamienny most',
    paragraphs: [
      'Prace przy starym moście rozpoczęły się wiosną, po dwóch zimach powodzi, które osłabiły filary i zamknęły przeprawę dla ruchu.',
      'Inżynierowie powiedzieli, że łuki zostaną rozebrane kamień po kamieniu, ponumerowane, oczyszczone i ustawione na nowych fundamentach.',
      'Sklepikarze z obu brzegów cieszą się, że wreszcie znana jest data ponownego otwarcia mostu dla pieszych i samochodów.',
    ],
  },
  russian: {
    title: 'Город восстанавливает старый каменный мост',
    paragraphs: [
      'Работы на старом каменном мосту начались весной, после двух зим наводнений, которые расшатали опоры и закрыли переправу.',
      'Инженеры сказали, что арки разберут камень за камнем, пронумеруют, очистят и поставят на новые фундаменты до осенних дождей.',
      'Владельцы лавок на обоих берегах приветствовали объявленную дату открытия после долгих месяцев объезда.',
    ],
  },
  japanese: {
    title: '川沿いの町が古い石橋を再建',
    paragraphs: [
      '古い石橋の工事は春に始まった。二度の冬の洪水で橋脚が緩み、通行が止められていた。',
      '技術者によると、アーチは石を一つずつ外して番号を付け、洗ってから新しい基礎の上に戻すという。秋の雨の前に終える予定だ。',
      '両岸の商店主たちは、迂回のせいで客が減ったと話し、ようやく再開の日が決まったことを喜んだ。',
    ],
  },
  chinese: {
    title: '河边小镇重建古老石桥',
    paragraphs: [
      '古老石桥的修缮工程于春季开始，此前两个冬天的洪水使桥墩松动，桥梁被迫封闭。',
      '工程师表示，拱券将被逐块拆下、编号、清洗，然后在秋雨来临之前重新安放在新的地基上。',
      '两岸的店主们说，绕行让他们失去了不少顾客，如今终于等到了重新开放的日期。',
    ],
  },
  arabic: {
    title: 'بلدة على النهر تعيد بناء جسرها الحجري القديم',
    paragraphs: [
      'بدأت أعمال ترميم الجسر الحجري القديم في الربيع، بعد شتاءين من الفيضانات أضعفا الدعامات وأغلقا المعبر أمام حركة المرور.',
      'وقال المهندسون إن الأقواس ستفكك حجرا حجرا، وترقم وتنظف، ثم يعاد تركيبها على أساسات جديدة قبل أمطار الخريف.',
      'ورحب أصحاب المتاجر على الضفتين بتحديد موعد لإعادة الافتتاح بعد أشهر من التحويلات المكلفة.',
    ],
  },
};

function storyHtml(lang: keyof typeof STORIES, head = '', attrs = ''): string {
  const s = STORIES[lang]!;
  return page(s.title, s.paragraphs.map((p) => `<p${attrs}>${p}</p>`).join('\n'), head);
}
function storyText(lang: keyof typeof STORIES): string {
  const s = STORIES[lang]!;
  return [s.title, '', ...s.paragraphs.flatMap((p) => [p, ''])].join('\n');
}
/** Two phrases from the story that must come out decoded right. */
function storyProbe(lang: keyof typeof STORIES): string[] {
  const s = STORIES[lang]!;
  return [s.paragraphs[0]!.slice(0, 24), s.paragraphs[2]!.slice(-20)];
}

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  const put = (code: number) => {
    out[at++] = be ? code >> 8 : code & 0xff;
    out[at++] = be ? code & 0xff : code >> 8;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

const en = STORIES.english!;
const enBody = en.paragraphs.map((p) => `<p>${p}</p>`).join('');

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);

  // --- nothing there ---
  add({ name: 'empty file', category: 'empty', path: 'empty.html', bytes: () => new Uint8Array(0), expect: 'empty' });
  add({ name: 'whitespace only', category: 'empty', path: 'blank.txt', bytes: () => utf8(' \n\t\r\n   \n\u00a0\u3000\n'), expect: 'empty' });
  add({ name: 'markup with no text', category: 'empty', path: 'bare.html', bytes: () => utf8('<html><head></head><body>  <div> </div><br></body></html>'), expect: 'empty' });

  // --- binary ---
  for (const [n, seed] of [[64, 1], [300, 2], [700, 3], [4096, 4], [65536, 5], [1 << 20, 6]] as const) {
    add({ name: `random bytes (${n})`, category: 'binary', path: `random-${n}.html`, bytes: () => randomBytes(n, seed), expect: 'binary' });
  }
  const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  add({ name: 'PNG named .html', category: 'binary', path: 'photo.html', bytes: () => new Uint8Array([...pngHeader, ...randomBytes(5000, 7)]), expect: 'binary' });
  add({ name: 'PDF named .txt', category: 'binary', path: 'paper.txt', bytes: () => utf8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\nBT /F1 12 Tf (Hello) Tj ET\nendstream\n'), expect: 'binary' });
  add({ name: 'JPEG named .html', category: 'binary', path: 'a.html', bytes: () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(3000, 8)]), expect: 'binary' });
  add({ name: 'ZIP named .txt', category: 'binary', path: 'a.txt', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(3000, 9)]), expect: 'binary' });
  add({ name: 'brotli-like stream (no signature)', category: 'binary', path: 'page.html', bytes: () => randomBytes(20000, 10), expect: 'binary' });
  add({ name: 'gzip of random bytes', category: 'binary', path: 'blob.gz', bytes: () => gzipSync(randomBytes(20000, 11)), expect: 'binary' });
  add({ name: 'mostly NUL bytes', category: 'binary', path: 'zeros.txt', bytes: () => new Uint8Array(10000), expect: 'binary' });

  // --- gzip ---
  const storyPage = utf8(storyHtml('english'));
  add({ name: 'truncated gzip (story survives)', category: 'gzip', path: 'cut.html.gz', bytes: () => { const g = gzipSync(utf8(storyHtml('english') + '<!--' + 'padding '.repeat(2000) + '-->')); return g.subarray(0, Math.floor(g.length * 0.9)); }, expect: 'ok', story: [en.paragraphs[0]!.slice(0, 30)], warning: 'truncated' });
  add({ name: 'gzip cut after its header', category: 'gzip', path: 'stub.html.gz', bytes: () => gzipSync(storyPage).subarray(0, 12), expect: 'gzip' });
  add({ name: 'gzip bomb (4 GiB inflated from 4 MB)', category: 'gzip', path: 'bomb.html.gz', bytes: () => gzipBomb(256), expect: 'too-large' });
  add({ name: 'gzip bomb under a small --max-bytes', category: 'gzip', path: 'bomb2.html.gz', bytes: () => gzipBomb(4), expect: 'too-large', options: { maxBytes: 1024 * 1024 } });
  add({ name: 'plain input over --max-bytes', category: 'gzip', path: 'big.txt', bytes: () => utf8('word '.repeat(1000)), expect: 'too-large', options: { maxBytes: 1000 } });

  // --- size and shape ---
  add({ name: 'one 10 MB line, text', category: 'size', path: 'line.txt', bytes: () => utf8('lorem ipsum dolor sit amet, '.repeat(375_000)), expect: 'ok', story: ['lorem ipsum dolor sit amet'] });
  add({ name: 'one 10 MB line, HTML', category: 'size', path: 'line.html', bytes: () => utf8(`<html><body><h1>A long line</h1><p>${'many words in one paragraph. '.repeat(350_000)}</p></body></html>`), expect: 'ok', story: ['many words in one paragraph.'] });
  add({ name: 'one 1 MB word', category: 'size', path: 'word.txt', bytes: () => utf8('x'.repeat(1 << 20)), expect: 'ok' });
  add({ name: '100,000-deep <div> nesting', category: 'deep', path: 'deep.html', bytes: () => utf8(`<html><body>${'<div>'.repeat(100_000)}<p>The story at the bottom of a very deep tree.</p>${'</div>'.repeat(100_000)}</body></html>`), expect: 'ok', story: ['The story at the bottom of a very deep tree.'], warning: 'flattened' });
  add({ name: '100,000 unclosed <b>', category: 'deep', path: 'deep-b.html', bytes: () => utf8(`<html><body><p>${'<b>'.repeat(100_000)}Bold all the way down to the story text.</p></body></html>`), expect: 'ok', story: ['Bold all the way down to the story text.'] });
  add({ name: '100,000-deep nesting with hidden content', category: 'deep', path: 'deep-svg.html', bytes: () => utf8(`<html><body>${'<div><svg><title>SVG SECRET</title>'.repeat(20_000)}<p>Only the story comes out of this tree.</p></body></html>`), expect: 'ok', story: ['Only the story comes out of this tree.'], absent: ['SVG SECRET'] });
  add({ name: '100,000 self-closing <div/>', category: 'deep', path: 'deep-self.html', bytes: () => utf8(`<html><body>${'<div/>'.repeat(100_000)}<p>Self-closing divs still nest in HTML.</p></body></html>`), expect: 'ok', story: ['Self-closing divs still nest in HTML.'] });
  add({ name: '300,000 small elements', category: 'size', path: 'wide.html', bytes: () => utf8(`<html><body><h1>Wide page</h1><p>The story comes first on this very wide page.</p>${'<span>x</span>'.repeat(300_000)}</body></html>`), expect: 'ok', story: ['The story comes first on this very wide page.'], warning: 'elements' });
  add({ name: '1 MB attribute value', category: 'size', path: 'attr.html', bytes: () => utf8(page(en.title, `<p data-x="${'a'.repeat(1 << 20)}">${en.paragraphs[0]}</p>${enBody}`)), expect: 'ok', story: [en.paragraphs[0]!.slice(0, 30)], absent: ['aaaaaaaa'] });
  add({ name: '50,000 stray < characters', category: 'size', path: 'lt.html', bytes: () => utf8(page(en.title, `<p>${'a < b '.repeat(50_000)}</p>${enBody}`)), expect: 'ok', story: ['a < b a < b'] });

  // --- encodings ---
  add({ name: 'invalid UTF-8 sprinkled in', category: 'encoding', path: 'bad-utf8.html', bytes: () => { const b = utf8(storyHtml('french')); const at = b.indexOf(0x3c, 300); const out = new Uint8Array([...b.subarray(0, at), 0xc3, 0x28, 0xff, ...b.subarray(at)]); return out; }, expect: 'ok', warning: 'not valid' });
  for (const bom of [true, false]) {
    for (const be of [false, true]) {
      add({ name: `UTF-16${be ? 'BE' : 'LE'} ${bom ? 'with' : 'without'} BOM`, category: 'encoding', path: 'u16.html', bytes: () => utf16(storyHtml('russian'), be, bom), expect: 'ok', story: storyProbe('russian') });
    }
  }
  const legacy: Array<[string, keyof typeof STORIES, string]> = [
    ['windows-1252', 'french', 'windows-1252'],
    ['ISO-8859-2', 'polish', 'iso-8859-2'],
    ['ISO-8859-5', 'russian', 'iso-8859-5'],
    ['windows-1251', 'russian', 'windows-1251'],
    ['Shift_JIS', 'japanese', 'shift_jis'],
    ['GBK', 'chinese', 'gbk'],
    ['windows-1256', 'arabic', 'windows-1256'],
  ];
  for (const [label, lang, enc] of legacy) {
    add({ name: `${label} HTML with meta charset`, category: 'encoding', path: 'legacy.html', bytes: () => encodeLegacy(storyHtml(lang, `<meta charset="${label}">`), enc), expect: 'ok', story: storyProbe(lang) });
    add({ name: `${label} HTML without meta charset`, category: 'encoding', path: 'legacy.html', bytes: () => encodeLegacy(storyHtml(lang), enc), expect: 'ok', story: storyProbe(lang) });
    add({ name: `${label} text scrape`, category: 'encoding', path: 'legacy.txt', bytes: () => encodeLegacy(storyText(lang), enc), expect: 'ok', story: storyProbe(lang) });
  }
  add({ name: 'meta charset lies (says Shift_JIS, is UTF-8)', category: 'encoding', path: 'lie.html', bytes: () => utf8(storyHtml('polish', '<meta charset="shift_jis">')), expect: 'ok', story: storyProbe('polish'), warning: 'valid UTF-8' });
  add({ name: 'meta charset lies (says UTF-8, is windows-1252)', category: 'encoding', path: 'lie2.html', bytes: () => encodeLegacy(storyHtml('french', '<meta charset="utf-8">'), 'windows-1252'), expect: 'ok', story: storyProbe('french'), warning: 'not valid UTF-8' });
  add({ name: 'meta charset names no encoding', category: 'encoding', path: 'lie3.html', bytes: () => utf8(storyHtml('english', '<meta charset="x-no-such-thing">')), expect: 'ok', story: storyProbe('english'), warning: 'unknown charset' });
  add({ name: 'NUL and control bytes inside text', category: 'encoding', path: 'ctl.html', bytes: () => utf8(storyHtml('english').replace(/ the /g, ' the\u0000\u0001\u0007 ')), expect: 'ok', story: ['Work on the', 'bridge'], absent: ['\u0000', '\u0001', '\u0007'] });

  // --- scripts and writing ---
  add({ name: 'right-to-left text', category: 'script', path: 'rtl.html', bytes: () => utf8(storyHtml('arabic', '', ' dir="rtl"').replace('<html>', '<html lang="ar" dir="rtl">')), expect: 'ok', story: storyProbe('arabic') });
  add({ name: 'emoji, ZWJ sequences and flags', category: 'script', path: 'emoji.html', bytes: () => utf8(page('Emoji 🎉 day', `<p>${en.paragraphs[0]} 👩‍👩‍👧‍👦 🇵🇱 ❤️‍🔥 👍🏽</p><p>${en.paragraphs[1]} 😀</p><p>${en.paragraphs[2]} &#x1F600; &#128512;</p>`)), expect: 'ok', story: ['👩‍👩‍👧‍👦 🇵🇱 ❤️‍🔥 👍🏽', '😀'] });

  // --- content that must never reach the output ---
  const hidden = [
    '<script>var SECRET_SCRIPT = "</p>SCRIPT TEXT";</script>',
    '<script type="text/template"><p>SCRIPT TEMPLATE TEXT</p></script>',
    '<style>p::after { content: "STYLE TEXT" }</style>',
    '<template><p>TEMPLATE TEXT</p></template>',
    '<noscript><p>NOSCRIPT TEXT</p></noscript>',
    '<!-- <p>COMMENT TEXT</p> -->',
    '<svg viewBox="0 0 10 10"><title>SVG TITLE TEXT</title><text>SVG TEXT</text><desc>SVG DESC</desc></svg>',
    '<math><mi>MATH TEXT</mi></math>',
    '<iframe srcdoc="<p>IFRAME TEXT</p>">IFRAME FALLBACK</iframe>',
    '<textarea>TEXTAREA TEXT</textarea><select><option>OPTION TEXT</option></select>',
  ];
  add({ name: 'script/style/template/noscript/comment/svg', category: 'hidden', path: 'hidden.html', bytes: () => utf8(page(en.title, `<p>${en.paragraphs[0]}</p>${hidden.join('\n')}<p>${en.paragraphs[1]}</p><p>${en.paragraphs[2]}</p>`, hidden.slice(0, 3).join(''))), expect: 'ok', story: storyProbe('english'), absent: ['SECRET', 'TEXT', 'SVG DESC', 'FALLBACK'] });
  add({ name: 'unclosed <script> swallows the rest', category: 'hidden', path: 'unclosed-script.html', bytes: () => utf8(`<html><body><h1>${en.title}</h1>${enBody}<script>var x = "<p>SCRIPT TAIL</p>`), expect: 'ok', story: storyProbe('english'), absent: ['SCRIPT TAIL', 'var x'] });
  add({ name: 'unterminated comment', category: 'hidden', path: 'open-comment.html', bytes: () => utf8(`<html><body><h1>${en.title}</h1>${enBody}<!-- <p>COMMENT TAIL</p>`), expect: 'ok', story: storyProbe('english'), absent: ['COMMENT TAIL'] });
  add({ name: 'entities and CDATA', category: 'markup', path: 'entities.html', bytes: () => utf8(page('Fish &amp; chips &lt;3 caf&eacute;', `<p>${en.paragraphs[0]} Caf&eacute; &amp; cr&egrave;me &mdash; 5&nbsp;&euro; &#233;t&#xE9; &notanentity; &amp</p><![CDATA[ CDATA TEXT ]]><p>${en.paragraphs[1]}</p><p>${en.paragraphs[2]}</p>`)), expect: 'ok', story: ['Fish & chips <3 café', 'Café & crème — 5', 'été'], absent: ['CDATA TEXT', '&eacute;', '&amp;'] });
  add({ name: 'frameset page', category: 'markup', path: 'frames.html', bytes: () => utf8('<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>Your browser does not support frames.</p></noframes></frameset></html>'), expect: 'empty' });
  add({ name: 'a page of only images', category: 'markup', path: 'images.html', bytes: () => utf8(`<html><body>${'<div><img src="a.jpg" alt=""><img src="b.png"></div>'.repeat(50)}</body></html>`), expect: 'empty' });
  add({ name: 'unclosed tags everywhere', category: 'markup', path: 'unclosed.html', bytes: () => utf8(`<html><body><div><h1>${en.title}<p>${en.paragraphs[0]}<p><b><i>${en.paragraphs[1]}<ul><li>first item<li>second item</ul><p>${en.paragraphs[2]}<div><span><a href="x">`), expect: 'ok', story: storyProbe('english') });
  add({ name: 'markup-looking text scrape', category: 'markup', path: 'code.txt', bytes: () => utf8(`How to write a paragraph tag\n\nUse <p> to open a paragraph and </p> to close it, and never nest a <div> inside.\n\nThat is the whole lesson for today, with <b>bold</b> kept as written.\n`), expect: 'ok', story: ['<p> to open a paragraph'] });
  return cases;
}

/** A gzip file of `members` concatenated gzip members, each inflating to 16 MiB of spaces. */
export function gzipBomb(members: number): Uint8Array {
  const member = gzipSync(new Uint8Array(16 * 1024 * 1024).fill(0x20), { level: 9 });
  const out = new Uint8Array(member.length * members);
  for (let i = 0; i < members; i++) out.set(member, i * member.length);
  return out;
}
