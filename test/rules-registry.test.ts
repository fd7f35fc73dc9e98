/**
 * Every rule file is registered, valid, documented and tested. "Tested"
 * means more than a mention: some test file imports the rule's module and
 * hands that module to tests named after the rule (a title with its id, or
 * the id next to the module in a test table such as
 * `ruleTester(test, quoteSpeaker, { valid, invalid })`, which titles its cases with the rule's id), so a rule whose tests
 * are removed or point at another rule fails here.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { validateRule } from '../src/engine/validate.js';

const ruleFiles = readdirSync('rules').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
const readme = readFileSync('README.md', 'utf8');
const testFiles = readdirSync('test')
  .filter((f) => f.endsWith('.test.ts') && f !== 'rules-registry.test.ts')
  .map((f) => ({ file: `test/${f}`, source: readFileSync(`test/${f}`, 'utf8') }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where rule `id` is exercised: test files that import its module and run it in tests named after it. */
function exercisedIn(id: string, files: readonly { file: string; source: string }[]): string[] {
  const found: string[] = [];
  const importRe = new RegExp(`^import \\* as (\\w+) from '\\.\\./rules/${escape(id)}\\.js';$`, 'm');
  for (const { file, source } of files) {
    const binding = importRe.exec(source)?.[1];
    if (!binding) continue;
    const body = source.replace(importRe, '');
    // The module is used as a value (passed to a runner or called), not only named in a type.
    const used = new RegExp(`\\b${binding}\\b`).test(body.replace(new RegExp(`typeof ${binding}\\b`, 'g'), ''));
    // Tests carry its id: in a title, or as the id beside the module in a table.
    // (`ruleTester(test, module, ...)` titles every case with the module's own `meta.id`, which is the file's name.)
    const named =
      new RegExp(`\\btest(?:\\.\\w+)?\\(\\s*[\`'"][^\`'"]*\\b${escape(id)}\\b`).test(body) ||
      new RegExp(`['"]${escape(id)}['"],\\s*${binding}\\b`).test(body) ||
      new RegExp(`\\bruleTester\\(\\s*test\\s*,\\s*${binding}\\s*,`).test(body);
    if (used && named) found.push(file);
  }
  return found;
}

test('every file in rules/ is registered, and every registered rule has a file', (t) => {
  t.deepEqual(BUILTIN_RULES.map((r) => r.meta.id).sort(), ruleFiles);
});

for (const id of ruleFiles) {
  test(`rule ${id} is valid, documented in the README and exercised by its own tests`, (t) => {
    const rule = BUILTIN_RULES.find((r) => r.meta.id === id);
    t.deepEqual(validateRule(rule, id), []);
    t.true(readme.includes(`\`${id}\``), `README mentions \`${id}\``);
    t.not(exercisedIn(id, testFiles).length, 0, `a test file imports rules/${id}.js and runs it in tests named "${id}"`);
  });
}

test('the registry check is not satisfied by a mere mention', (t) => {
  const mention = { file: 'x', source: `test('a scenario', (t) => t.is(finding.rule, 'date-agreement'));\n` };
  const typeOnly = { file: 'y', source: `import * as dateAgreement from '../rules/date-agreement.js';\ntype R = typeof dateAgreement;\ntest('date-agreement is mentioned', (t) => t.pass());\n` };
  const otherName = { file: 'z', source: `import * as dateAgreement from '../rules/date-agreement.js';\ntest('date-weekday valid', (t) => t.deepEqual(run(dateAgreement, []), []));\n` };
  const real = { file: 'w', source: `import * as dateAgreement from '../rules/date-agreement.js';\ntest('date-agreement valid: x', (t) => t.deepEqual(run(dateAgreement, []), []));\n` };
  const table = { file: 'v', source: `import * as quoteSpeaker from '../rules/quote-speaker.js';\nruleTester(test, quoteSpeaker, { valid: [], invalid: [] });\n` };
  const otherTable = { file: 'u', source: `import * as quoteSpeaker from '../rules/quote-speaker.js';\nimport * as quoteWording from '../rules/quote-wording.js';\nruleTester(test, quoteWording, { valid: [], invalid: [] });\nconst x = quoteSpeaker;\n` };
  t.deepEqual(exercisedIn('date-agreement', [mention, typeOnly, otherName]), []);
  t.deepEqual(exercisedIn('date-agreement', [real]), ['w']);
  t.deepEqual(exercisedIn('quote-speaker', [table]), ['v']);
  t.deepEqual(exercisedIn('quote-speaker', [otherTable]), [], 'a table of another rule does not count');
});
