/**
 * No call spreads in the sources. `target.push(...xs)`, `Math.max(...xs)`
 * and `fn(...args)` pass each element as an argument, and V8 throws
 * "Maximum call stack size exceeded" past about 120,000 of them: a story
 * with that many facts, or a `.jsonl` feed with that many records, crashed
 * the run. The sources use `appendAll`, `prependAll` and `maxOf`
 * (`src/util/arrays.ts`) or plain loops instead.
 *
 * The check parses every `.ts` file under `src/` and `rules/` with the
 * TypeScript compiler, so comments, strings, array literals (`[...a, ...b]`,
 * which has no argument limit), object spreads and rest parameters are not
 * mistaken for calls.
 */
import test from 'ava';
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One call that spreads a list into its arguments. */
interface CallSpread {
  line: number;
  /** The call's source text, whitespace collapsed. */
  call: string;
}

/**
 * Call spreads known to be bounded, by file and call text, each with the
 * reason its list cannot grow with the input. Keep this empty or tiny.
 */
const ALLOWED: readonly { file: string; call: string; reason: string }[] = [];

/** Call spreads in one source text: spread arguments of calls and `new`, and `.apply(this, list)` (the same limit). */
function callSpreads(source: string, fileName = 'sample.ts'): CallSpread[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: CallSpread[] = [];
  const record = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ line, call: node.getText(file).replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? [];
      const spreads = args.some((a) => ts.isSpreadElement(a));
      const apply = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply' && args.length === 2 && !ts.isArrayLiteralExpression(args[1]);
      if (spreads || apply) record(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every `.ts` file under `dir`, recursively, sorted. */
function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) for (const inner of sourcesUnder(full)) out.push(inner);
    else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

const FLAGGED: readonly [name: string, source: string][] = [
  ['push spread', 'facts.push(...more);'],
  ['spread after other arguments', 'list.splice(0, 0, ...items);'],
  ['unshift spread', 'errors.unshift(...earlier);'],
  ['Math.max spread', 'const top = Math.max(0, ...lengths);'],
  ['spread over several lines', 'out.push(\n  ...findingBlock(f, ++n),\n);'],
  ['constructor spread', 'const d = new Date(...parts);'],
  ['apply with a list', 'Math.min.apply(null, values);'],
  ['spread of a call result', 'groups.push(...aligner.align(facts, context));'],
];

const NOT_FLAGGED: readonly [name: string, source: string][] = [
  ['array literal spread', 'const all = [...a, ...b];'],
  ['object spread', 'const copy = { ...value, id };'],
  ['rest parameter', 'function days(...dates: number[]) { return dates.length; }'],
  ['array literal passed to a call', 'const keys = new Set([...a, ...b]);'],
  ['comment', '// facts.push(...more) would overflow'],
  ['string', "const hint = 'use appendAll, not push(...xs)';"],
  ['apply with a literal list', 'fn.apply(null, [a, b]);'],
];

for (const [name, source] of FLAGGED) {
  test(`the detector flags a call spread: ${name}`, (t) => {
    t.is(callSpreads(source).length, 1);
  });
}

for (const [name, source] of NOT_FLAGGED) {
  test(`the detector leaves alone what is not a call spread: ${name}`, (t) => {
    t.deepEqual(callSpreads(source), []);
  });
}

test('the detector gives the line of the call', (t) => {
  t.deepEqual(callSpreads('const a = 1;\n\nxs.push(...ys);\n'), [{ line: 3, call: 'xs.push(...ys)' }]);
});

test('no source under src/ or rules/ spreads a list into a call', (t) => {
  const files = [...sourcesUnder('src'), ...sourcesUnder('rules')];
  // A wrong working directory would find nothing and pass.
  t.true(files.length > 50, `only ${files.length} source files found`);
  const used = new Set<number>();
  const offending: string[] = [];
  for (const file of files) {
    for (const spread of callSpreads(readFileSync(file, 'utf8'), file)) {
      const allowed = ALLOWED.findIndex((a) => a.file === file && a.call === spread.call);
      if (allowed >= 0) used.add(allowed);
      else offending.push(`${file}:${spread.line}: ${spread.call}`);
    }
  }
  t.deepEqual(offending, [], 'use appendAll/prependAll/maxOf from src/util/arrays.ts or a loop');
  t.deepEqual(ALLOWED.filter((_, i) => !used.has(i)), [], 'allow-list entries that match nothing any more');
});
