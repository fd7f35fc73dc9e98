import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { validateRule } from '../src/engine/validate.js';

const ruleFiles = readdirSync('rules').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
const readme = readFileSync('README.md', 'utf8');
const tests = readdirSync('test').filter((f) => f.endsWith('.test.ts') && f !== 'rules-registry.test.ts').map((f) => readFileSync(`test/${f}`, 'utf8')).join('\n');

test('every file in rules/ is registered, and every registered rule has a file', (t) => {
  t.deepEqual(BUILTIN_RULES.map((r) => r.meta.id).sort(), ruleFiles);
});

for (const id of ruleFiles) {
  test(`rule ${id} is valid, documented in the README and tested`, (t) => {
    const rule = BUILTIN_RULES.find((r) => r.meta.id === id);
    t.deepEqual(validateRule(rule, id), []);
    t.true(readme.includes(`\`${id}\``), `README mentions \`${id}\``);
    t.true(tests.includes(`'${id}'`) || tests.includes(`"${id}"`) || tests.includes(`rules/${id}.js`), `a test names ${id}`);
  });
}
