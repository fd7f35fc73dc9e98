/**
 * `crosscheck --help` prints the text the build stored, which must be what
 * yargs itself prints; a stale or damaged store is ignored.
 */
import test from 'ava';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseWithYargs } from '../src/cli.js';
import { asksTopLevelHelp, cachedHelp, HELP_WIDTH } from '../src/help-cache.js';
import { tempDir } from './helpers/run.js';

const refuse = async (): Promise<number> => {
  throw new Error('no command runs');
};

/** What yargs prints for `--help` at the stored width. */
async function yargsHelp(): Promise<string> {
  let text = '';
  await parseWithYargs(['--help'], { stdout: (t) => (text += t), stderr: () => {}, cwd: process.cwd() }, { check: refuse, facts: refuse, rules: refuse, init: refuse, merge: refuse }, HELP_WIDTH);
  return text;
}

test('the built bin prints the stored help, which is exactly what yargs prints', async (t) => {
  t.true(existsSync('dist/src/help.json'), 'npm run build stores the help text');
  const expected = await yargsHelp();
  for (const flag of ['--help', '-h']) {
    const run = spawnSync(process.execPath, ['dist/src/cli.js', flag], { encoding: 'utf8' });
    t.is(run.status, 0);
    t.is(run.stdout, expected, flag);
  }
});

test('a stale, damaged or missing store is not used', (t) => {
  const dir = tempDir();
  const file = join(dir, 'help.json');
  t.is(cachedHelp(file, 'stamp'), undefined, 'missing');
  writeFileSync(file, JSON.stringify({ stamp: 'old', text: 'old help\n' }));
  t.is(cachedHelp(file, 'new'), undefined, 'stale');
  t.is(cachedHelp(file, 'old'), 'old help\n');
  writeFileSync(file, '{ not json');
  t.is(cachedHelp(file, 'old'), undefined, 'damaged');
  writeFileSync(file, JSON.stringify({ stamp: 'old', text: 42 }));
  t.is(cachedHelp(file, 'old'), undefined, 'not a text');
});

const helpTable: { argv: string[]; topLevel: boolean }[] = [
  { argv: ['--help'], topLevel: true },
  { argv: ['-h'], topLevel: true },
  { argv: ['check', '--help'], topLevel: false },
  { argv: ['--help', '--version'], topLevel: false },
  { argv: [], topLevel: false },
  { argv: ['--helpx'], topLevel: false },
];

for (const row of helpTable) {
  test(`asksTopLevelHelp: ${JSON.stringify(row.argv)}`, (t) => {
    t.is(asksTopLevelHelp(row.argv), row.topLevel);
  });
}
