import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers/run.js';

/** The committed showcase reports and the input each is written from, as `npm start` runs them. */
const SHOWCASES = [
  { name: 'seeds', input: 'seeds' },
  { name: 'ecbplus-38_2', input: 'test/fixtures/ecbplus-showcase/38_2' },
];

for (const { name, input } of SHOWCASES) {
  test(`reports/${name}.md and reports/${name}.json are current (run \`npm start\` to refresh)`, async (t) => {
    const out = tempDir();
    const r = await cli(['check', input, '--out', out, '--name', name, '--fail-on', 'never']);
    t.is(r.code, 0, r.stderr);
    t.is(readFileSync(`reports/${name}.md`, 'utf8'), readFileSync(join(out, `${name}.md`), 'utf8'));
    t.is(readFileSync(`reports/${name}.json`, 'utf8'), readFileSync(join(out, `${name}.json`), 'utf8'));
  });
}

test('npm start writes every showcase', (t) => {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  for (const { name, input } of SHOWCASES) t.true(start.includes(`check ${input} --out reports --name ${name} --fail-on never`), `npm start does not write reports/${name}.*`);
});

test('the ECB+ showcase shows a contradiction, and its picture marks it', (t) => {
  const md = readFileSync('reports/ecbplus-38_2.md', 'utf8');
  t.regex(md, /^- Contradictions: [1-9]/m);
  // The quake's depth: 1.2 miles in four reports, 12 miles in one (a slipped decimal point).
  t.regex(md, /Sources disagree on the depth of the quake: “1\.2 miles” vs “12 miles”/);
  // The articles carry their dates, so the picture has a time axis, and contradictions are drawn red.
  t.regex(md, /^```mermaid\n(?:.*\n){0,3}gantt$/m);
  t.regex(md, /:crit(?:, milestone)?, 2013-03-/);
});
