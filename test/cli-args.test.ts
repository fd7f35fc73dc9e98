/**
 * The CLI reads plain `check` command lines without yargs (`quickCheckArgs`,
 * a start-up saving). These tests hold it to yargs: whatever it accepts, yargs
 * must read the same way; the rest goes to yargs.
 */
import test from 'ava';
import fc from 'fast-check';
import { quickCheckArgs, yargsCheckArgs, type CheckArgs } from '../src/cli.js';

const KEYS = ['paths', 'out', 'name', 'format', 'failOn', 'maxWarnings', 'baseline', 'updateBaseline', 'strictBaseline', 'config', 'rules', 'cache', 'jobs', 'quiet', 'color', 'printConfig'] as const;

/** The fields `runCheck` reads; no paths and an empty list mean the same to it. */
function relevant(args: CheckArgs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (args[k] !== undefined && !(k === 'paths' && (args.paths ?? []).length === 0)) out[k] = args[k];
  return out;
}

test('cli args: the usual command lines take the quick path', (t) => {
  t.deepEqual(quickCheckArgs(['check', 'seeds', '--format', 'md,json', '--out', '/tmp/ref', '--name', 'seeds', '--fail-on', 'never']), {
    paths: ['seeds'],
    format: 'md,json',
    out: '/tmp/ref',
    name: 'seeds',
    failOn: 'never',
  });
  t.deepEqual(quickCheckArgs(['check', 'a', 'b/c.md', '--jobs=2', '--max-warnings', '0', '--update-baseline', '--cache', '.cc']), {
    paths: ['a', 'b/c.md'],
    // Numbers are handed on as typed, as yargs does with these string options; runCheck checks them.
    jobs: '2',
    maxWarnings: '0',
    updateBaseline: true,
    cache: '.cc',
  });
  t.deepEqual(quickCheckArgs(['check', 'seeds', '--quiet', '--format', 'compact']), { paths: ['seeds'], quiet: true, format: 'compact' });
  t.deepEqual(quickCheckArgs(['check']), {});
  t.deepEqual(quickCheckArgs(['check', '-', 'seeds/a.md']), { paths: ['-', 'seeds/a.md'] }, '"-" (standard input) is a path');
  t.deepEqual(quickCheckArgs(['check', 'stories/*.md', '!stories/draft-*.md']), { paths: ['stories/*.md', '!stories/draft-*.md'] }, 'globs are paths');
});

test('cli args: yargs hands "-" on as a path (it drops a lone "-" by itself)', async (t) => {
  t.deepEqual((await yargsCheckArgs(['check', '-', '--rules', 'r']))?.paths, ['-']);
  t.deepEqual((await yargsCheckArgs(['check', 'a', '-', '--max-warnings', 'abc']))?.maxWarnings, 'abc');
});

test('cli args: help, version, other commands and unusual options go to yargs', (t) => {
  for (const argv of [[], ['--help'], ['check', '--help'], ['check', '-h'], ['--version'], ['rules'], ['facts', 'x'], ['check', 'x', '--rules', 'r'], ['check', '--out'], ['check', '--out', 'a', '--out', 'b'], ['check', '--fail-on', 'sometimes'], ['check', '--jobs', 'two'], ['check', '--bogus'], ['check', '--', 'x'], ['check', '--no-update-baseline'], ['check', '--failOn', 'never'], ['check', '--quiet=false'], ['check', '--print-config'], ['init']]) {
    t.is(quickCheckArgs(argv), undefined, argv.join(' '));
  }
});

test('cli args: whatever the quick path accepts, yargs reads the same way (property)', async (t) => {
  const options = ['--out', '--name', '--format', '--fail-on', '--max-warnings', '--baseline', '--update-baseline', '--strict-baseline', '--config', '--rules', '--cache', '--jobs', '--quiet', '--print-config', '--no-quiet', '--color', '--no-color', '--bogus', '-h', '--help', '--', '--no-cache', '--failOn'];
  const values = ['seeds', 'a b', 'dir/x.md', 'md,json', 'compact', 'stylish,md', 'never', 'warning', 'error', '0', '1', '2', '07', '1e3', '0x10', '-1', '', ' ', 'true', 'false', '"q"', "'q'", 'a=b', 'x.y', 'NaN', 'Infinity', '-', '--x', 'ü'];
  const token = fc.oneof(fc.constantFrom(...options), fc.constantFrom(...values), fc.tuple(fc.constantFrom(...options), fc.constantFrom(...values)).map(([o, v]) => `${o}=${v}`));
  let quick = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(token, { maxLength: 7 }), async (rest) => {
      const argv = ['check', ...rest];
      const fast = quickCheckArgs(argv);
      if (!fast) return true;
      quick++;
      const slow = await yargsCheckArgs(argv);
      t.truthy(slow, `yargs runs no check for ${JSON.stringify(argv)}`);
      t.deepEqual(relevant(fast), relevant(slow!), JSON.stringify(argv));
      return true;
    }),
    { numRuns: 600, seed: 20240801 },
  );
  t.true(quick > 50, `only ${quick} command lines took the quick path`);
});
