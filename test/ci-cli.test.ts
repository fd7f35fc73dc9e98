/**
 * CLI start-up stays fast: the bin's static imports are only what `--help`
 * needs; every stage, formatter and the baseline are imported inside the
 * commands.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The modules `file` imports statically (type-only imports excluded). */
const staticImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);

test('src/cli.ts statically imports only node built-ins, yargs and its own light modules', (t) => {
  const statics = staticImports('src/cli.ts');
  t.true(statics.length > 0);
  for (const spec of statics) {
    if (spec.startsWith('./')) {
      // A module of its own must itself load nothing but node built-ins (the stored --help text).
      const local = `src/${spec.slice(2).replace(/\.js$/, '.ts')}`;
      for (const inner of staticImports(local)) t.true(inner.startsWith('node:'), `${local} statically imports ${inner}`);
    } else t.true(spec.startsWith('node:') || spec === 'yargs', `static import of ${spec}`);
  }
});

test('--help lists the CI options', (t) => {
  const r = spawnSync(process.execPath, ['dist/src/cli.js', 'check', '--help'], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  for (const option of ['--format', '--max-warnings', '--baseline', '--update-baseline', '--strict-baseline', 'sarif', 'github']) t.true(r.stdout.includes(option), option);
});

test('the CLI and the configuration accept the same formats', async (t) => {
  const cli = await import('../src/cli.js');
  const config = await import('../src/config.js');
  t.deepEqual([...cli.FORMATS], [...config.FORMATS]);
});
