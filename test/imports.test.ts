/**
 * The dependency rule of docs/architecture.md, read from the code: the
 * import statements of every file under `src/` (parsed by the TypeScript
 * compiler), grouped by the folder they sit in (the first directory under
 * `src/`; a module directly in `src/`, such as `pipeline.ts`, is a unit of
 * its own). The test fails on
 *
 * - a cycle between units: imports must point one way, from the command line
 *   down to the stages and from the stages down to the shared helpers
 *   (`text/`, `util/`, `types`);
 * - an import from `src/align/` or `src/load/` into `src/extract/`: aligners
 *   read facts and what extraction recorded on them, loading reads files;
 *   neither reaches into the extractors (text helpers live in `src/text/`).
 *
 * Imports out of `src/` (the built-in rules in `rules/`, which import only
 * `src/public.ts`) are not followed.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { importsOf, parseSource, resolveImport, sourcesUnder } from './helpers/sources.js';

/** One import between two units, with where it is written. */
interface Edge {
  from: string;
  to: string;
  /** `file:line` of the import. */
  at: string;
}

/** The unit of a source path: `align/` for `src/align/dates.ts`, `pipeline` for `src/pipeline.ts`; undefined outside `src/`. */
function unitOf(path: string): string | undefined {
  if (!path.startsWith('src/')) return undefined;
  const rest = path.slice('src/'.length);
  const slash = rest.indexOf('/');
  return slash >= 0 ? `${rest.slice(0, slash)}/` : rest.replace(/\.m?ts$/, '');
}

/** Imports between different units, in file order. */
function unitEdges(files: readonly { path: string; source: string }[]): Edge[] {
  const edges: Edge[] = [];
  for (const { path, source } of files) {
    const from = unitOf(path);
    if (!from) continue;
    for (const ref of importsOf(parseSource(source, path))) {
      const target = resolveImport(path, ref.specifier);
      const to = target === undefined ? undefined : unitOf(target);
      if (to && to !== from) edges.push({ from, to, at: `${path}:${ref.line}` });
    }
  }
  return edges;
}

/**
 * Cycles between units: each strongly connected set of two or more units
 * (Tarjan), sorted, with one import for each edge inside the set so the
 * message says where to cut.
 */
function unitCycles(edges: readonly Edge[]): { units: string[]; imports: string[] }[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const sets: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...next.get(v)!].sort()) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const set: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      if (set.length > 1) sets.push(set.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return sets
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map((units) => {
      const inside = new Set(units);
      const seen = new Set<string>();
      const imports: string[] = [];
      for (const e of edges) {
        const key = `${e.from} -> ${e.to}`;
        if (inside.has(e.from) && inside.has(e.to) && !seen.has(key)) {
          seen.add(key);
          imports.push(`${key} (${e.at})`);
        }
      }
      return { units, imports };
    });
}

/** Imports from one unit into another that the architecture forbids outright. */
const FORBIDDEN: readonly { from: string; to: string; why: string }[] = [
  { from: 'align/', to: 'extract/', why: 'aligners read facts and what extraction recorded, not the extractors' },
  { from: 'load/', to: 'extract/', why: 'loading reads files; it extracts nothing' },
];

function forbiddenImports(edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const rule = FORBIDDEN.find((f) => f.from === e.from && f.to === e.to);
    if (rule) out.push(`${e.at}: ${e.from} imports ${e.to} (${rule.why})`);
  }
  return out;
}

/** A small source tree for the checker's own tests: path and source. */
type Tree = readonly [path: string, source: string][];

const asFiles = (tree: Tree) => tree.map(([path, source]) => ({ path, source }));

test('unitOf: the first folder under src/, a top-level module by its name, nothing outside src/', (t) => {
  t.is(unitOf('src/align/dates.ts'), 'align/');
  t.is(unitOf('src/extract/dates/facts.ts'), 'extract/');
  t.is(unitOf('src/pipeline.ts'), 'pipeline');
  t.is(unitOf('rules/date-agreement.ts'), undefined);
});

// The checker runs on the real files: the trees below name real paths so the imports resolve.
const CYCLIC: readonly [name: string, tree: Tree, units: string[]][] = [
  ['two folders importing each other', [['src/extract/event.ts', "import { a } from '../resolve/mentions.js';"], ['src/resolve/mentions.ts', "import { b } from '../extract/event.js';"]], ['extract/', 'resolve/']],
  ['a type-only import closes the cycle', [['src/report/json.ts', "import type { Report } from '../pipeline.js';"], ['src/pipeline.ts', "import { x } from './report/json.js';"]], ['pipeline', 'report/']],
  ['a cycle through three units', [['src/align/counts.ts', "import { a } from '../rulekit/counts.js';"], ['src/rulekit/counts.ts', "import { b } from '../pipeline.js';"], ['src/pipeline.ts', "import { c } from './align/index.js';"]], ['align/', 'pipeline', 'rulekit/']],
  ['an export from closes the cycle', [['src/text/names.ts', "export { x } from '../util/arrays.js';"], ['src/util/arrays.ts', "export * from '../text/names.js';"]], ['text/', 'util/']],
  ['a dynamic import closes the cycle', [['src/gazetteer/index.ts', "const m = await import('../util/arrays.js');"], ['src/util/arrays.ts', "import { g } from '../gazetteer/index.js';"]], ['gazetteer/', 'util/']],
];

const ACYCLIC: readonly [name: string, tree: Tree][] = [
  ['imports inside one folder', [['src/align/dates.ts', "import { a } from './aligner.js';"], ['src/align/aligner.ts', "import { b } from './dates.js';"]]],
  ['a chain down the layers', [['src/pipeline.ts', "import { a } from './align/index.js';"], ['src/align/index.ts', "import { b } from '../text/names.js';"], ['src/text/names.ts', "import type { Span } from '../types.js';"]]],
  ['an import in a comment or a string', [['src/text/names.ts', "// import { x } from '../align/index.js';\nconst s = \"import { y } from '../align/index.js'\";"], ['src/align/index.ts', "import { b } from '../text/names.js';"]]],
  ['packages and files outside src/', [['src/engine/builtin.ts', "import * as r from '../../rules/date-agreement.js';\nimport { DateTime } from 'luxon';"], ['src/public.ts', "import { x } from './engine/builtin.js';"]]],
];

for (const [name, tree, units] of CYCLIC) {
  test(`the checker finds a cycle: ${name}`, (t) => {
    const cycles = unitCycles(unitEdges(asFiles(tree)));
    t.deepEqual(cycles.map((c) => c.units), [units]);
    t.is(cycles[0].imports.length, units.length);
  });
}

for (const [name, tree] of ACYCLIC) {
  test(`the checker finds no cycle: ${name}`, (t) => {
    t.deepEqual(unitCycles(unitEdges(asFiles(tree))), []);
  });
}

test('the checker names the import of each edge of a cycle, file and line', (t) => {
  const cycles = unitCycles(unitEdges(asFiles([['src/extract/event.ts', "import type { A } from '../types.js';\nimport { a } from '../resolve/mentions.js';"], ['src/resolve/mentions.ts', "import { b } from '../extract/event.js';"]])));
  t.deepEqual(cycles[0].imports, ['extract/ -> resolve/ (src/extract/event.ts:2)', 'resolve/ -> extract/ (src/resolve/mentions.ts:1)']);
});

test('the checker flags imports from align/ and load/ into extract/, and only those', (t) => {
  const tree: Tree = [
    ['src/align/dates.ts', "import { nameMentions } from '../extract/event.js';"],
    ['src/load/loader.ts', "import type { Extractor } from '../extract/extractor.js';"],
    ['src/date/infer.ts', "import { readMentions } from '../extract/dates/facts.js';"],
    ['src/align/names.ts', "import { nameKey } from '../text/names.js';"],
  ];
  t.deepEqual(forbiddenImports(unitEdges(asFiles(tree))), [
    'src/align/dates.ts:1: align/ imports extract/ (aligners read facts and what extraction recorded, not the extractors)',
    'src/load/loader.ts:1: load/ imports extract/ (loading reads files; it extracts nothing)',
  ]);
});

test('an import that names no file is an error, not a lost edge', (t) => {
  t.throws(() => unitEdges(asFiles([['src/align/dates.ts', "import { x } from '../extract/nowhere.js';"]])), { message: /names no file/ });
});

/** The real sources, read once. */
const real = sourcesUnder('src').map((path) => ({ path, source: readFileSync(path, 'utf8') }));
const realEdges = unitEdges(real);

test('the sources were read: files, units and imports between them', (t) => {
  // A wrong working directory would find nothing and pass.
  t.true(real.length > 100, `only ${real.length} source files`);
  const units = new Set(realEdges.flatMap((e) => [e.from, e.to]));
  for (const unit of ['align/', 'extract/', 'load/', 'text/', 'pipeline', 'types']) t.true(units.has(unit), `no imports of or from ${unit}`);
  t.true(realEdges.length > 200, `only ${realEdges.length} imports between units`);
});

test('no cycle between the folders of src/', (t) => {
  const cycles = unitCycles(realEdges);
  t.deepEqual(
    cycles.map((c) => `${c.units.join(', ')}: ${c.imports.join('; ')}`),
    [],
    'imports point down the layers of docs/architecture.md; move what both sides need to a lower folder (src/text/, src/util/)',
  );
});

test('src/align and src/load import nothing from src/extract', (t) => {
  t.deepEqual(forbiddenImports(realEdges), []);
});
