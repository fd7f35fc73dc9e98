/**
 * Reading the project's own sources for the tests that check the code's
 * shape (imports between folders, module-level state): every `.ts` file
 * under a folder, and the relative imports of a source text as the
 * TypeScript compiler reads them, so comments and strings never count.
 */
import ts from 'typescript';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every `.ts` file under `dir`, recursively, sorted, with `/` separators. */
export function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) for (const inner of sourcesUnder(full)) out.push(inner);
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full.split('\\').join('/'));
  }
  return out;
}

/** Parses a source text (a `.ts` file) with parent pointers set. */
export function parseSource(source: string, fileName = 'sample.ts'): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** One import of a source file: what it names, on which line, and whether only types are imported. */
export interface ImportRef {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/**
 * The module specifiers a source imports: `import` and `export ... from`
 * declarations (type-only ones too: they are a dependency of the design,
 * even when erased at run time) and dynamic `import()` calls with a string.
 */
export function importsOf(file: ts.SourceFile): ImportRef[] {
  const found: ImportRef[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, typeOnly: boolean) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    found.push({ specifier: literal.text, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node, node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node)) add(node, node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The source file a relative specifier of `from` names (`./x.js` is `./x.ts`),
 * or undefined for a package (`node:fs`, `luxon`). Throws when a relative
 * import names no file, so a test on the graph cannot silently lose an edge.
 */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), specifier)).split('\\').join('/');
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${from}: import '${specifier}' names no file`);
}
