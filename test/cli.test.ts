import test from 'ava';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../src/cli.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

test('check writes md and json for seeds and is deterministic', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-'));
  const a = io(process.cwd());
  const code = await execute(['check', 'seeds', '--out', dir, '--fail-on', 'never'], a.io);
  t.is(code, 0);
  t.true(existsSync(join(dir, 'seeds.md')));
  const first = readFileSync(join(dir, 'seeds.json'), 'utf8');
  await execute(['check', 'seeds', '--out', dir, '--fail-on', 'never'], io(process.cwd()).io);
  t.is(readFileSync(join(dir, 'seeds.json'), 'utf8'), first);
});

test('usage errors exit 2 and run nothing', async (t) => {
  const a = io(process.cwd());
  t.is(await execute(['check'], a.io), 2);
  t.regex(a.err.join(''), /Not enough non-option arguments/);
  t.is(await execute(['check', 'seeds', '--format', 'pdf'], io(process.cwd()).io), 2);
});
