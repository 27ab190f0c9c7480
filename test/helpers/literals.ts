/** The regular-expression literals of src/, found with the TypeScript scanner (so a new one is covered without anyone listing it). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(import.meta.dirname, '..', '..', 'src');

export interface Literal {
  /** file:line under src/. */
  where: string;
  re: RegExp;
  /** The expression the literal stands in, to tell how it is used. */
  parent: ts.Node;
  source: ts.SourceFile;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

function literals(file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ where: `${relative(SRC, file)}:${line}`, re: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)), parent: node.parent, source });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export const srcRegexLiterals = (): Literal[] => files(SRC).flatMap(literals);
