import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers/run.js';

test('reports/seeds.md and reports/seeds.json are current (run `npm start` to refresh)', async (t) => {
  const out = tempDir();
  const r = await cli(['check', 'seeds', '--out', out, '--name', 'seeds', '--fail-on', 'never']);
  t.is(r.code, 0, r.stderr);
  t.is(readFileSync('reports/seeds.md', 'utf8'), readFileSync(join(out, 'seeds.md'), 'utf8'));
  t.is(readFileSync('reports/seeds.json', 'utf8'), readFileSync(join(out, 'seeds.json'), 'utf8'));
});
