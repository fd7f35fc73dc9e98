/**
 * Module-level state in the stages that read text: src/extract, src/align,
 * src/date, and src/text, where their shared helpers live. A value kept at
 * module level outlives the run that made it and is shared by every run in
 * the process (tests, a worker thread's stories), so it must be a compiled
 * constant: a word list, a pattern or an index built once from them, never
 * changed afterwards. Run state belongs to the run (the contexts the pipeline
 * passes down: `ArticleContext`, `StoryContext`).
 *
 * The test parses every file with the TypeScript compiler and lists:
 *
 * - top-level `let` and `var`;
 * - top-level `const` bound to a collection or a memo (`new Map`, `Set`,
 *   `WeakMap`, `WeakSet`, `Array`, `BoundedMemo`, or a call that builds one,
 *   such as an index made by an immediately invoked function);
 * - top-level `const` arrays and objects that the file mutates (`push`,
 *   `set`, `add`, `delete`, `clear`, `splice`, `sort`, element or property
 *   assignment, `Object.assign`).
 *
 * Each must be in `ALLOWED` with the reason it is a constant; for constants
 * the test also checks that no file under src/ mutates them.
 */
import test from 'ava';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { parseSource, sourcesUnder } from './helpers/sources.js';

/** One piece of module-level state: its name, line and why it was listed. */
interface State {
  name: string;
  line: number;
  why: 'let' | 'collection' | 'mutated';
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'BoundedMemo']);
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/** The expression inside parentheses, `as`, `satisfies` and `!`. */
function unwrap(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

/**
 * True when evaluating `node` (an initializer) at load builds a collection:
 * a `new` of one, also inside an immediately invoked function; functions that
 * are only defined (an aligner's methods) run later, per call, and are not looked into.
 */
function buildsCollection(node: ts.Node): boolean {
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && COLLECTIONS.has(node.expression.text)) return true;
  if (ts.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    if ((ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) && buildsCollection(callee.body)) return true;
  }
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  return ts.forEachChild(node, (child) => (buildsCollection(child) ? true : undefined)) ?? false;
}

/** The root identifier of an expression such as `NAME`, `NAME.x`, `NAME[i].y`. */
function rootName(node: ts.Expression): string | undefined {
  let e: ts.Expression = node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
}

/** Names whose value `file` mutates: mutating method calls on them, assignments into them, `delete`, `Object.assign(NAME, ...)`. */
function mutatedNames(file: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && MUTATORS.has(callee.name.text)) {
        const root = rootName(callee.expression);
        if (root) out.add(root);
      }
      if (ts.isPropertyAccessExpression(callee) && callee.getText(file) === 'Object.assign' && node.arguments[0]) {
        const root = rootName(node.arguments[0]);
        if (root) out.add(root);
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) {
        const root = rootName(left);
        if (root) out.add(root);
      }
    }
    if (ts.isDeleteExpression(node)) {
      const root = rootName(node.expression);
      if (root) out.add(root);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Module-level state of one source text. */
function moduleState(source: string, fileName = 'sample.ts'): State[] {
  const file = parseSource(source, fileName);
  const mutated = mutatedNames(file);
  const found: State[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of statement.declarationList.declarations) {
      const line = file.getLineAndCharacterOfPosition(d.getStart(file)).line + 1;
      const names = ts.isIdentifier(d.name) ? [d.name.text] : d.name.elements.flatMap((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) ? [e.name.text] : []));
      for (const name of names) {
        const init = d.initializer;
        if (!isConst) found.push({ name, line, why: 'let' });
        else if (init && buildsCollection(init)) found.push({ name, line, why: 'collection' });
        else if (init && (ts.isArrayLiteralExpression(unwrap(init)) || ts.isObjectLiteralExpression(unwrap(init))) && mutated.has(name)) found.push({ name, line, why: 'mutated' });
      }
    }
  }
  return found;
}

const FLAGGED: readonly [name: string, source: string, expected: State[]][] = [
  ['a top-level let', 'let count = 0;\nexport function next() { return ++count; }', [{ name: 'count', line: 1, why: 'let' }]],
  ['a top-level var', 'var seen;', [{ name: 'seen', line: 1, why: 'let' }]],
  ['a Map cache', 'const cache = new Map<string, number>();', [{ name: 'cache', line: 1, why: 'collection' }]],
  ['a Set', "const WORDS = new Set(['a', 'b']);", [{ name: 'WORDS', line: 1, why: 'collection' }]],
  ['a WeakMap', 'const bySentence = new WeakMap<object, string[]>();', [{ name: 'bySentence', line: 1, why: 'collection' }]],
  ['a bounded memo', 'const recent = new BoundedMemo<string, string[]>(4096);', [{ name: 'recent', line: 1, why: 'collection' }]],
  ['an index built by an immediately invoked function', 'const INDEX = (() => { const m = new Map(); m.set(1, 2); return m; })();', [{ name: 'INDEX', line: 1, why: 'collection' }]],
  ['an array pushed to', 'const seen: string[] = [];\nexport function note(s: string) { seen.push(s); }', [{ name: 'seen', line: 1, why: 'mutated' }]],
  ['an object written into', 'const memo: Record<string, number> = {};\nexport function f(k: string) { return (memo[k] ??= k.length); }', [{ name: 'memo', line: 1, why: 'mutated' }]],
  ['an object property assigned', 'const stats = { hits: 0 };\nexport function hit() { stats.hits += 1; }', [{ name: 'stats', line: 1, why: 'mutated' }]],
  ['an array element assigned', 'const slots = [0, 0];\nexport function set(i: number) { slots[i] = 1; }', [{ name: 'slots', line: 1, why: 'mutated' }]],
  ['an array sorted in place', 'const order = [3, 1, 2];\nexport function sorted() { return order.sort(); }', [{ name: 'order', line: 1, why: 'mutated' }]],
  ['an object given to Object.assign', 'const defaults = { a: 1 };\nexport function extend(o: object) { Object.assign(defaults, o); }', [{ name: 'defaults', line: 1, why: 'mutated' }]],
  ['a key deleted', "const table = { a: 1 } as Record<string, number>;\nexport function drop() { delete table['a']; }", [{ name: 'table', line: 1, why: 'mutated' }]],
  ['a Map in an immediately invoked arrow wrapped in parentheses', 'const BY_LETTER = ((): ReadonlyMap<string, number> => new Map([["a", 1]]))();', [{ name: 'BY_LETTER', line: 1, why: 'collection' }]],
  ['destructured lets', 'let [a, b] = [1, 2];', [{ name: 'a', line: 1, why: 'let' }, { name: 'b', line: 1, why: 'let' }]],
];

const NOT_FLAGGED: readonly [name: string, source: string][] = [
  ['a compiled pattern', 'const YEAR = /\\b(1[89]|20)\\d\\d\\b/;'],
  ['a RegExp built once', "const WORD = new RegExp('\\\\bword\\\\b', 'u');"],
  ['a frozen array literal never changed', "const MONTHS = ['jan', 'feb'] as const;\nexport const first = () => MONTHS[0];"],
  ['an object literal only read', "const UNITS: Readonly<Record<string, number>> = { km: 1000, m: 1 };\nexport const metres = (u: string) => UNITS[u];"],
  ['a let inside a function', 'export function f() { let n = 0; n++; return n; }'],
  ['a Map made inside a function', 'export function f() { const m = new Map(); m.set(1, 1); return m; }'],
  ['a copy of a literal that is then changed', 'const BASE = [1, 2];\nexport function f() { const copy = [...BASE]; copy.push(3); return copy; }'],
  ['an object of methods that make collections when called', 'export const aligner = { align() { const m = new Map(); return m; } };'],
  ['a function that makes a Set', 'const make = () => new Set<string>();'],
  ['a string or number constant', "const LIMIT = 4096;\nconst NAME = 'x';"],
];

for (const [name, source, expected] of FLAGGED) {
  test(`the detector lists module-level state: ${name}`, (t) => {
    t.deepEqual(moduleState(source), expected);
  });
}

for (const [name, source] of NOT_FLAGGED) {
  test(`the detector leaves alone what is no module-level state: ${name}`, (t) => {
    t.deepEqual(moduleState(source), []);
  });
}

/** Why a listed value is a constant of the code, not state of a run. */
const LEXICON = 'a word list written in the source, built once at load; nothing changes it (checked below)';
const INDEX = 'an index built once at load from word lists or patterns written in the source; nothing changes it (checked below)';
const PATTERNS = 'compiled patterns of a fixed set of sources written in the code (the sieves\' patterns): a bounded cache of constants, so what it holds never differs between runs';
/**
 * Memos of pure functions of text, for speed: the same text always gives
 * the same (frozen) answer, and each table is bounded (`BoundedMemo`, or
 * cleared at its limit), so what they keep changes no result and no run
 * sees another's data. They are still state of the process, not of the run:
 * they are the next to move into per-run caches created by the pipeline
 * (see docs/architecture.md, Determinism).
 */
const MEMO = 'a bounded memo of a pure function of text (frozen answers): it changes no result; to become a per-run cache';

/** Module-level values allowed in the folders checked, by file and name, with why each is allowed. */
const ALLOWED: readonly { file: string; name: string; why: string }[] = [
  ...['ONGOING_SUBJECTS', 'NOT_PLACES'].map((name) => ({ file: 'src/extract/counts/context.ts', name, why: LEXICON })),
  { file: 'src/extract/counts/index.ts', name: 'APPROX_HEDGES', why: LEXICON },
  { file: 'src/extract/counts/numerals.ts', name: 'recentNumerals', why: MEMO },
  ...['NOT_NOUNS', 'IRREGULAR_PLURALS', 'PEOPLE_NOUNS', 'CROWD_NOUNS', 'PARTICIPLES', 'NOT_PARTICIPLES', 'AUX', 'BETWEEN_VERB_AND_NUMBER', 'PHRASE_END', 'PARTICLES', 'DISPATCH_VERBS', 'GENERIC_ARMS'].map((name) => ({ file: 'src/extract/counts/things.ts', name, why: LEXICON })),
  { file: 'src/extract/counts/things.ts', name: 'measureWords', why: MEMO },
  ...['LINK_WORDS', 'PEOPLE'].map((name) => ({ file: 'src/extract/counts/what.ts', name, why: LEXICON })),
  { file: 'src/extract/dates/mentions.ts', name: 'mentionCache', why: MEMO },
  ...['daysFromIso', 'calendarsOfMentions'].map((name) => ({ file: 'src/extract/dates/resolve.ts', name, why: MEMO })),
  ...['FUTURE_WORD', 'IRREGULAR_PAST', 'PRESENT_WORD', 'MODAL', 'NOT_EVENT_VERB'].map((name) => ({ file: 'src/extract/dates/tense.ts', name, why: LEXICON })),
  { file: 'src/extract/dates/tense.ts', name: 'VERB_CLASS', why: INDEX },
  { file: 'src/extract/dates/terms.ts', name: 'NOT_TERMS', why: LEXICON },
  { file: 'src/extract/dates/timex.ts', name: 'calendars', why: MEMO },
  { file: 'src/extract/names/mentions.ts', name: 'HEADLINE_LOWER', why: LEXICON },
  ...['COMMON_NOUNS', 'DESTINATION_OCCASIONS', 'NOT_PEOPLE'].map((name) => ({ file: 'src/extract/places/index.ts', name, why: LEXICON })),
  ...['NOT_PLACE_WORDS', 'AFTER_PLACE'].map((name) => ({ file: 'src/extract/places/mentions.ts', name, why: LEXICON })),
  { file: 'src/extract/places/occasion.ts', name: 'ONE_OFF_OCCASIONS', why: LEXICON },
  { file: 'src/extract/quantities/bearer.ts', name: 'NOT_NOUN', why: LEXICON },
  ...['PERSONAL', 'SEISMIC_EVENTS'].map((name) => ({ file: 'src/extract/quantities/index.ts', name, why: LEXICON })),
  { file: 'src/extract/quantities/property.ts', name: 'NP_STOP', why: LEXICON },
  { file: 'src/extract/quotes/form.ts', name: 'TITLE_SMALL', why: LEXICON },
  ...['ABBREVIATIONS', 'STOP_AFTER', 'TITLEISH'].map((name) => ({ file: 'src/extract/quotes/phrase.ts', name, why: LEXICON })),
  { file: 'src/extract/quotes/sieves.ts', name: 'compiled', why: PATTERNS },
  { file: 'src/extract/quotes/speaker.ts', name: 'NOT_SPEAKERS', why: LEXICON },
  ...['SENTENCE_OPENERS', 'CONNECTORS', 'ASSISTANT_WORDS', 'JUDICIAL'].map((name) => ({ file: 'src/extract/roles/titles.ts', name, why: LEXICON })),
  ...['TOLL_KINDS', 'GENERIC_PLACE_WORDS'].map((name) => ({ file: 'src/align/counts.ts', name, why: LEXICON })),
  { file: 'src/align/counts.ts', name: 'wholeWords', why: MEMO },
  ...['LASTING', 'GENERIC_NAME_KEYS', 'RECURRING', 'COARSE'].map((name) => ({ file: 'src/align/dates.ts', name, why: LEXICON })),
  ...['ONE_OFF', 'SHORT_WINDOW_OCCASIONS', 'INCIDENTS', 'TRIP_STOPS'].map((name) => ({ file: 'src/align/locations.ts', name, why: LEXICON })),
  ...['TIME_BOUND', 'STAT_NOUNS', 'MARKET_NOUNS', 'GENERIC_PARTIES', 'PARTY_DIMENSIONS', 'NOUN_CLASSES', 'PARTICIPLE_CLASSES', 'EVENT_MONEY', 'COARSE'].map((name) => ({ file: 'src/align/measures.ts', name, why: LEXICON })),
  { file: 'src/text/clauses.ts', name: 'recentBreaks', why: MEMO },
  { file: 'src/text/event-words.ts', name: 'STEMS_BY_FIRST_LETTER', why: INDEX },
  { file: 'src/text/event-words.ts', name: 'recentClasses', why: MEMO },
  ...['NOT_NAMES', 'NAME_PARTICLES'].map((name) => ({ file: 'src/text/names.ts', name, why: LEXICON })),
  { file: 'src/text/names.ts', name: 'recentMentions', why: MEMO },
];

const CHECKED = ['src/extract', 'src/align', 'src/date', 'src/text'];

test('module-level state in src/extract, src/align, src/date and src/text is only the allowed constants and memos', (t) => {
  const files = CHECKED.flatMap((dir) => sourcesUnder(dir));
  // A wrong working directory would find nothing and pass.
  t.true(files.length > 40, `only ${files.length} source files found`);
  const used = new Set<number>();
  const offending: string[] = [];
  let listed = 0;
  for (const file of files) {
    for (const state of moduleState(readFileSync(file, 'utf8'), file)) {
      listed++;
      const allowed = ALLOWED.findIndex((a) => a.file === file && a.name === state.name);
      if (allowed >= 0) used.add(allowed);
      else offending.push(`${file}:${state.line}: ${state.name} (${state.why})`);
    }
  }
  t.true(listed > 20, `only ${listed} module-level values listed: is the detector reading the files?`);
  t.deepEqual(offending, [], 'keep run state in the run (ArticleContext, StoryContext); a real constant goes into ALLOWED with the reason it is one');
  t.deepEqual(ALLOWED.filter((_, i) => !used.has(i)), [], 'allow-list entries that match nothing any more');
});

test('what the allow-list calls a constant is changed by no file under src/', (t) => {
  const constants = ALLOWED.filter((a) => a.why === LEXICON || a.why === INDEX);
  const names = new Set(constants.map((a) => a.name));
  const changed: string[] = [];
  for (const file of sourcesUnder('src')) {
    const mutated = mutatedNames(parseSource(readFileSync(file, 'utf8'), file));
    for (const a of constants) {
      // Inside its own file the name is the constant; elsewhere only an import of it is (a local of the same name is not).
      if (!mutated.has(a.name)) continue;
      const source = readFileSync(file, 'utf8');
      if (a.file === file || new RegExp(`import[^;]*\\b${a.name}\\b[^;]*from`).test(source)) changed.push(`${file}: ${a.name} (${a.file})`);
    }
  }
  t.true(names.size > 30);
  t.deepEqual(changed, []);
});
