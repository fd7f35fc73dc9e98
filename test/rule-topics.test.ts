/**
 * Typed topics between aligners and rules: every group the aligners make has
 * a well-formed topic, rules declare the topics they read and the engine
 * dispatches on them, validation names the file and the field of a bad
 * declaration, and no built-in rule reads a group key.
 */
import test from 'ava';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactGroup, FactKind, Rule, RuleMeta, TopicType } from '../src/types.js';
import { groupProblems, kindsOf, readsGroup, TOPIC_KINDS, TOPIC_TYPES } from '../src/engine/topics.js';
import { validateRule } from '../src/engine/validate.js';
import { BUILTIN_RULES } from '../src/engine/builtin.js';
import { cli, pipelineOn, tempDir } from './helpers/run.js';
import { as, FactKit } from './helpers/facts.js';

const kit = new FactKit();

test('no built-in rule reads or parses a group key', (t) => {
  const files = readdirSync('rules').filter((f) => f.endsWith('.ts'));
  t.is(files.length, BUILTIN_RULES.length);
  for (const file of files) {
    const source = readFileSync(join('rules', file), 'utf8');
    t.notRegex(source, /\.key\b/, `${file} reads a group key`);
    t.notRegex(source, /split\(\s*['"`]:['"`]\s*\)/, `${file} splits a key string`);
    t.notRegex(source, /group\.id\b/, `${file} reads the opaque group id`);
    t.regex(source, /topics: \[/, `${file} declares the topics it reads`);
  }
});

test('every built-in rule declares known topics', (t) => {
  for (const rule of BUILTIN_RULES) {
    t.true((rule.meta.topics ?? []).length > 0, rule.meta.id);
    for (const topic of rule.meta.topics ?? []) t.true(TOPIC_TYPES.includes(topic), `${rule.meta.id}: ${topic}`);
  }
});

{
  // Groups of seeds, the ECB+ sample and the scenario fixtures: every topic the aligners make.
  const groups = () => pipelineOn(['seeds', 'test/fixtures/ecbplus-sample', 'test/fixtures/places', 'test/fixtures/counts', 'test/fixtures/people', 'test/fixtures/dates']).groups;
  test('every group an aligner makes has a well-formed topic, roles and fact list', (t) => {
    const all = groups();
    t.true(all.length > 100, `${all.length} groups`);
    const problems = all.flatMap((g) => groupProblems(g).map((p) => `${g.id}: ${p}`));
    t.deepEqual(problems, []);
    const ids = all.map((g) => `${g.story}\u0000${g.id}`);
    t.is(new Set(ids).size, ids.length, 'group ids are unique within a story');
    const seen = new Set(all.map((g) => g.topic.type));
    // Every topic type of counts, dates, places, names, roles and quotes occurs; quantities have no aligner yet.
    t.deepEqual([...TOPIC_TYPES].filter((type) => !seen.has(type)), []);
  });
}

test('the facts a topic names are the facts of its members', (t) => {
  const report = pipelineOn(['seeds']);
  const byType = (type: TopicType) => report.groups.filter((g) => g.topic.type === type);
  for (const g of byType('article-dates')) t.true(g.facts.every((f) => g.topic.type === 'article-dates' && f.article === g.topic.article));
  for (const g of [...byType('trip'), ...byType('place-descriptor')]) t.true(g.facts.every((f) => 'article' in g.topic && f.article === g.topic.article));
  for (const g of byType('measure')) t.true(g.facts.every((f) => f.kind === 'count' && g.topic.type === 'measure' && f.value.what === g.topic.property && f.value.subject === g.topic.bearer));
  t.true(byType('article-dates').length === 5 && byType('measure').length + byType('measure-series').length > 0);
});

const meta = (fields: Partial<RuleMeta>): Pick<RuleMeta, 'topics' | 'kinds'> => fields;
const group = (topic: FactGroup['topic'], kind: FactKind): FactGroup => {
  const fact = kind === 'count' ? kit.count('a', '2024-01-01', '5', { number: 5 }) : kit.date('a', 'March 2011', { start: '2011-03-01', end: '2011-03-31' });
  return { id: 'g', kind, story: 's', topic, members: as(kind === 'count' ? 'figure' : 'date', fact), facts: [fact], why: '' };
};
const measureOfCounts = group({ type: 'measure', kind: 'count', property: 'killed', bearer: 'attack' }, 'count');
const eventDate = group({ type: 'event-date', event: 'war', part: 'start' }, 'date');
const articleDates = group({ type: 'article-dates', article: 'a' }, 'date');

const DISPATCH: [name: string, m: Pick<RuleMeta, 'topics' | 'kinds'>, reads: FactGroup[], skips: FactGroup[]][] = [
  ['topics alone select by topic type', meta({ topics: ['event-date'] }), [eventDate], [articleDates, measureOfCounts]],
  ['kinds alone (rules written before topics) see every group of the kinds', meta({ kinds: ['date'] }), [eventDate, articleDates], [measureOfCounts]],
  ['topics and kinds together narrow each other', meta({ topics: ['measure', 'event-date'], kinds: ['count'] }), [measureOfCounts], [eventDate, articleDates]],
  ['a rule that declares neither reads nothing', meta({}), [], [eventDate, articleDates, measureOfCounts]],
];

for (const [name, m, reads, skips] of DISPATCH) {
  test(`dispatch: ${name}`, (t) => {
    t.deepEqual(reads.map((g) => readsGroup(m, g)), reads.map(() => true));
    t.deepEqual(skips.map((g) => readsGroup(m, g)), skips.map(() => false));
  });
}

test('kinds of a rule for listings: declared, or those of its topics', (t) => {
  t.deepEqual(kindsOf({ topics: ['event-date', 'article-dates'] }), ['date']);
  t.deepEqual(kindsOf({ topics: ['measure'] }), ['count', 'quantity']);
  t.deepEqual(kindsOf({ topics: ['measure'], kinds: ['count'] }), ['count']);
  t.deepEqual(Object.keys(TOPIC_KINDS), [...TOPIC_TYPES]);
});

const base = { id: 'r', description: 'd', severity: 'error', messages: { m: 'x' } };
const VALIDATION: [name: string, fields: Record<string, unknown>, problems: string[]][] = [
  ['topics only', { topics: ['event-date'] }, []],
  ['kinds only', { kinds: ['date'] }, []],
  ['topics narrowed by kinds', { topics: ['measure'], kinds: ['count'] }, []],
  ['neither', {}, ['`meta.topics` is missing: declare the topic types the rule reads (measure, measure-series, event-date, event-duration, article-dates, event-place, trip, place-descriptor, place-position, place-address, entity-name, person-roles, role-holder, quote, lasting), or `meta.kinds` for every group of some fact kinds']],
  ['an empty topics list', { topics: [] }, ['`meta.topics` must be a non-empty array of topic types (measure, measure-series, event-date, event-duration, article-dates, event-place, trip, place-descriptor, place-position, place-address, entity-name, person-roles, role-holder, quote, lasting)']],
  ['a string for topics', { topics: 'event-date' }, ['`meta.topics` must be a non-empty array of topic types (measure, measure-series, event-date, event-duration, article-dates, event-place, trip, place-descriptor, place-position, place-address, entity-name, person-roles, role-holder, quote, lasting)']],
  ['an old key prefix as a topic', { topics: ['date-start'] }, ['`meta.topics` has unknown topic type "date-start" (expected one of measure, measure-series, event-date, event-duration, article-dates, event-place, trip, place-descriptor, place-position, place-address, entity-name, person-roles, role-holder, quote, lasting)']],
  ['kinds that exclude every topic', { topics: ['quote'], kinds: ['date'] }, ['`meta.kinds` (date) shares no fact kind with `meta.topics` (quote): the rule would never run']],
  ['an unknown kind', { kinds: ['dates'] }, ['`meta.kinds` has unknown kind "dates" (expected one of date, count, quantity, location, quote, role, name)']],
];

for (const [name, fields, problems] of VALIDATION) {
  test(`validation of what a rule reads: ${name}`, (t) => {
    t.deepEqual(validateRule({ meta: { ...base, ...fields }, check() {} } as unknown as Rule, 'r'), problems);
  });
}

test('a custom rule with a bad topic gives exit 2 naming the file and the field', async (t) => {
  const dir = join(tempDir(), 'rules');
  mkdirSync(dir);
  writeFileSync(join(dir, 'old-keys.js'), "export const meta = { id: 'old-keys', description: 'd', topics: ['date-article'], severity: 'info', messages: {} };\nexport function check() {}\n");
  const r = await cli(['check', 'test/fixtures/cli/conflict', '--out', tempDir(), '--rules', dir]);
  t.is(r.code, 2);
  t.regex(r.stderr, /old-keys\.js/);
  t.regex(r.stderr, /`meta\.topics` has unknown topic type "date-article"/);
});
