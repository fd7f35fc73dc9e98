/**
 * The SARIF the suite writes is valid against the official SARIF 2.1.0 JSON
 * schema (OASIS, the rtm.5 schema shipped in `@microsoft/jest-sarif`, a
 * draft-04 schema, so validated with `ajv-draft-04` and the formats of
 * `ajv-formats`), not only of the shape the other SARIF tests read: every
 * kind of log crosscheck writes (contradictions, suppressions, input
 * problems, help addresses, no results) and the file the bin writes.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// CommonJS packages: under NodeNext their default import is `module.exports`, whose `default` is the export itself.
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { formatSarif } from '../src/report/sarif.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';

const require = createRequire(import.meta.url);
const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $schema: string; title: string };

// The schema's own `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]`, which
// JavaScript accepts only without the `u` flag: patterns are compiled as the schema's authors wrote them.
// `strict: false`: draft-04 keywords such as `id` are not ajv's strict vocabulary.
const ajv = new draft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
formats.default(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF log, one line each ("/runs/0/results/0/level must be equal to one of the allowed values"). */
function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

test('the schema is the official SARIF 2.1.0 one, draft-04', (t) => {
  t.is(schema.$schema, 'http://json-schema.org/draft-04/schema#');
  t.regex(schema.title, /SARIF\) Version 2\.1\.0/);
});

const CONFLICT = 'test/fixtures/cli/conflict';

/** Every kind of SARIF log the suite writes, by what it holds. */
const LOGS: { name: string; log: () => string; results: (n: number) => boolean }[] = [
  { name: 'a contradiction with a related location', log: () => formatSarif(pipelineOn([CONFLICT])), results: (n) => n > 0 },
  { name: 'agreements only: no results', log: () => formatSarif(pipelineOn(['test/fixtures/cli/agree'])), results: (n) => n === 0 },
  {
    name: 'findings suppressed by a baseline',
    log: () => {
      const report = pipelineOn([CONFLICT]);
      return formatSarif({ ...report, findings: [] }, { suppressed: report.findings });
    },
    results: (n) => n > 0,
  },
  { name: 'rules with help addresses under a known base', log: () => formatSarif(pipelineOn([CONFLICT]), { docsBaseUrl: 'https://github.com/example/crosscheck/blob/HEAD/' }), results: (n) => n > 0 },
  {
    name: 'input problems as tool execution notifications',
    log: () => {
      const report = pipelineOn([CONFLICT]);
      return formatSarif({ ...report, errors: [{ file: 'stories/a b/[x].md', message: 'binary file (not text)' }, { rule: 'date-spread', message: 'threw: boom' }] });
    },
    results: (n) => n > 0,
  },
  { name: 'the seeds', log: () => formatSarif(pipelineOn(['seeds'])), results: () => true },
];

for (const c of LOGS) {
  test(`SARIF validates against the 2.1.0 schema: ${c.name}`, (t) => {
    const log = JSON.parse(c.log()) as { runs: { results: unknown[] }[] };
    t.deepEqual(schemaErrors(log), []);
    t.true(c.results(log.runs[0].results.length), `results: ${log.runs[0].results.length}`);
  });
}

test('the file the bin writes with --format sarif validates', async (t) => {
  const out = tempDir();
  const r = await cli(['check', CONFLICT, '--out', out, '--format', 'sarif']);
  t.is(r.code, 1, r.stderr);
  t.deepEqual(schemaErrors(JSON.parse(readFileSync(join(out, 'conflict.sarif'), 'utf8'))), []);
});

/** Logs the schema must refuse: the validation can fail. */
const BROKEN: { name: string; breakIt: (log: any) => void; error: RegExp }[] = [
  { name: 'a level SARIF does not know', breakIt: (log) => (log.runs[0].results[0].level = 'fatal'), error: /\/runs\/0\/results\/0\/level must be equal to one of the allowed values/ },
  { name: 'a start line of 0', breakIt: (log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0), error: /startLine must be >= 1/ },
  { name: 'a help address that is no URI', breakIt: (log) => (log.runs[0].tool.driver.rules[0].helpUri = 'not a uri'), error: /helpUri must match format "uri"/ },
  { name: 'another version', breakIt: (log) => (log.version = '2.0.0'), error: /\/version must be equal to one of the allowed values/ },
  { name: 'a field SARIF does not define', breakIt: (log) => (log.runs[0].results[0].findingId = 'x'), error: /must NOT have additional properties/ },
];

for (const c of BROKEN) {
  test(`the schema refuses a broken log: ${c.name}`, (t) => {
    const log = JSON.parse(formatSarif(pipelineOn([CONFLICT])));
    t.deepEqual(schemaErrors(log), [], 'valid before it is broken');
    c.breakIt(log);
    t.true(schemaErrors(log).some((e) => c.error.test(e)), schemaErrors(log).join('\n'));
  });
}
