/**
 * Markdown with its markup taken away: the words a reader sees. For checking that the
 * markdown output carries the text output's words (test/format.test.ts, bench/markdown.mjs);
 * it reads what toMarkdown writes, not every CommonMark construct.
 */
export function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .filter((line) => !/^(?:`{3,}|\|(?: -{3} \|)+)$/.test(line))
    .map((line) =>
      line
        .replace(/^(?:#{1,6} |> |- )/, '')
        .replace(/^\| (.*) \|$/, (_, cells: string) => cells.split(/(?<!\\) \| /).join(' '))
        .replace(/!\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '')
        .replace(/\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
        .replace(/(?<!\\)(?:\*\*|\*|`+)/g, '')
        .replace(/\\([\\`*_[\]<|#>+=.)-])/g, '$1'),
    )
    .join('\n');
}
