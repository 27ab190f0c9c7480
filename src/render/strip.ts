/**
 * A code span as toMarkdown writes it for code without backticks (one backtick each side):
 * its text is verbatim, so nothing in it is markup. A single class, no backreference: linear.
 */
const CODE_SPAN = /(?<!\\)`([^`\n]+)`/g;

/**
 * Markdown with its markup taken away: the words a reader sees. For checking that the
 * markdown output carries the text output's words (test/format.test.ts, bench/markdown.mjs);
 * it reads what toMarkdown writes, not every CommonMark construct.
 */
export function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .filter((line) => !/^(?:`{3,}|\|(?: -{3} \|)+)$/.test(line))
    .map((line) => {
      const spans: string[] = [];
      const bare = line
        .replace(CODE_SPAN, (_, code: string) => `\u0000${spans.push(code) - 1}\u0000`)
        .replace(/^(?:#{1,6} |> |- )/, '')
        .replace(/^\| (.*) \|$/, (_, cells: string) => cells.split(/(?<!\\) \| /).join(' '))
        .replace(/!\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '')
        .replace(/\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
        .replace(/(?<!\\)\*+/g, '')
        .replace(/\\([\\`*_[\]<|#>+=.)-])/g, '$1');
      return bare.replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)]!);
    })
    .join('\n');
}
