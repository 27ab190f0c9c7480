/**
 * "No number outside the rule registry or thresholds" (issue 13): the folders where rules
 * live hold no numeric literal but the ones below, so every tuning number has a name, a
 * comment and one place: src/thresholds.ts, a folder's own thresholds.ts (classify, language,
 * meta, pagetype: their numbers beside the code that reads them), or a rule's params in src/rules/.
 * Allowed, and why:
 * - 0 and 1 (and -1): empty, first, next, none; they are arithmetic, not tuning;
 * - an array index (`parts[2]`) and the operands of bit operations;
 * - a hex literal: a code point or code unit range (0xdc00), named by its value;
 * - DOM constants: a `.nodeType` comparison and the filter of `createTreeWalker`;
 * - a literal inside a type (`Parameters<typeof f>[2]`);
 * - html/limit.ts and html/prestrip.ts, hand-written HTML tokenizers: their numbers are
 *   character codes and lengths of markup syntax (`<!--` is four), not tuning;
 * - a line ending in `// literal: <why>`, for a fact that is not tuning (a surrogate pair is two code units).
 * Not scanned: byte-level decoding (stages/decode, sniff, inflate: file signatures and
 * encoding byte ranges) and batch/cli/report plumbing (time units, sizes, layout), which hold
 * no rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const SCANNED = ['html', 'text', 'stages/html', 'stages/text', 'vocab', 'classify', 'language', 'meta', 'pagetype'];
const K = ts.SyntaxKind;
const BIT_OPS = new Set([K.AmpersandToken, K.BarToken, K.CaretToken, K.LessThanLessThanToken, K.GreaterThanGreaterThanToken, K.GreaterThanGreaterThanGreaterThanToken]);
const TOKENIZERS = new Set(['html/limit.ts', 'html/prestrip.ts']);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

function allowed(node: ts.NumericLiteral, source: ts.SourceFile): boolean {
  const value = Number(node.text);
  if (value === 0 || value === 1 || /^0x/i.test(node.getText(source))) return true;
  const p = node.parent;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
  if (ts.isBinaryExpression(p)) {
    if (BIT_OPS.has(p.operatorToken.kind)) return true;
    const other = (p.left === node ? p.right : p.left).getText(source);
    if (/\.nodeType$/.test(other)) return true;
  }
  for (let up: ts.Node = p; up; up = up.parent) if (ts.isTypeNode(up)) return true;
  if (ts.isCallExpression(p) && /\.createTreeWalker$/.test(p.expression.getText(source))) return true;
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return /\/\/ literal: \S/.test(source.text.split('\n')[line]!);
}

function unnamed(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNumericLiteral(node) && !allowed(node, source)) {
      found.push(`${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('numbers', () => {
  const scanned = SCANNED.flatMap((d) => files(join(SRC, d))).filter((f) => !TOKENIZERS.has(relative(SRC, f)) && !f.endsWith('/thresholds.ts'));

  it('scans the rule folders', () => {
    expect(scanned.length).toBeGreaterThan(SCANNED.length);
  });

  it('no tuning number outside src/thresholds.ts and the rule registry', () => {
    expect(scanned.flatMap(unnamed)).toEqual([]);
  });

  it('the scan catches a bare threshold', () => {
    const probe = ts.createSourceFile('x.ts', 'if (words.length <= 12) x();', ts.ScriptTarget.Latest, true);
    const lits: ts.NumericLiteral[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isNumericLiteral(n)) lits.push(n);
      else ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(lits.map((n) => allowed(n, probe))).toEqual([false]);
  });
});
