/**
 * The gazetteer: names to places, ambiguity, containment, exonyms, and its
 * cost (loaded lazily, once, small). The lazy-loading checks run in child
 * processes so that no other test has loaded the table first.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { citiesLoadStats, contains, countryPlace, demonymPlace, placeCandidates, qualifierPlace, relatePlaces, resolvePlace } from '../src/gazetteer/index.js';
import { EXONYMS } from '../src/gazetteer/exonyms.js';
import { loadCities } from '../src/gazetteer/cities.js';
import { foldPlaceName } from '../src/gazetteer/fold.js';

const resolutions: [string, string, string, string][] = [
  // name, canonical, country, type
  ['Geneva', 'Genève', 'CH', 'city'],
  ['Zurich', 'Zürich', 'CH', 'city'],
  ['Zürich', 'Zürich', 'CH', 'city'],
  ['Davos', 'Davos', 'CH', 'city'],
  ['Paris', 'Paris', 'FR', 'city'],
  ['Riyadh', 'Riyadh', 'SA', 'city'],
  ['Washington', 'Washington, D.C.', 'US', 'city'],
  ['Kiev', 'Kyiv', 'UA', 'city'],
  ['Switzerland', 'Switzerland', 'CH', 'country'],
  ['the United States', 'United States', 'US', 'country'],
  ['U.S.', 'United States', 'US', 'country'],
  ['Britain', 'United Kingdom', 'GB', 'country'],
  ['Russian Federation', 'Russia', 'RU', 'country'],
  ['England', 'England', 'GB', 'region'],
];

for (const [name, canonical, country, type] of resolutions) {
  test(`gazetteer resolves ${name}`, (t) => {
    const p = resolvePlace(name);
    t.like(p, { name: canonical, country, type });
  });
}

test('gazetteer: unknown names and surnames resolve to nothing', (t) => {
  t.is(resolvePlace('Lavrov'), undefined);
  t.is(resolvePlace('Nowhereville'), undefined);
});

test('gazetteer: the story’s countries break ties, but not against an exonym or a far bigger city', (t) => {
  t.is(resolvePlace('Vienna', { countries: new Set(['US']) })?.country, 'AT', 'Vienna, Virginia is a hundred times smaller');
  t.is(resolvePlace('Washington', { countries: new Set(['GB']) })?.country, 'US', 'the exonym wins');
  t.is(resolvePlace('Wellington', { countries: new Set(['GB']) })?.country, 'GB', 'Wellington, Somerset in a British story');
  t.is(resolvePlace('Wellington')?.country, 'NZ');
  t.true(placeCandidates('Paris').length > 3, 'all same-named towns are candidates');
});

test('gazetteer: containment', (t) => {
  const ch = countryPlace('Switzerland')!;
  const zurich = resolvePlace('Zurich')!;
  const vienna = resolvePlace('Vienna')!;
  t.true(contains(ch, zurich));
  t.false(contains(ch, vienna));
  t.is(relatePlaces(zurich, ch), 'within');
  t.is(relatePlaces(ch, zurich), 'contains');
  t.is(relatePlaces(zurich, resolvePlace('Zürich')!), 'same');
  t.is(relatePlaces(zurich, resolvePlace('Geneva')!), 'disjoint');
  t.is(relatePlaces(countryPlace('England')!, resolvePlace('Oxford')!), 'contains');
  t.deepEqual(demonymPlace('Swiss'), { id: 'country:CH', name: 'Switzerland', type: 'country', country: 'CH', containedIn: [] });
});

test('gazetteer: every exonym points at a city that exists in its country', (t) => {
  const cities = loadCities();
  for (const [english, [target, country]] of Object.entries(EXONYMS)) {
    t.true(cities.inCountry(foldPlaceName(target), country).length > 0, `${english} → ${target} (${country})`);
  }
});

test('gazetteer: the compact table holds every record of the package, indexed once', (t) => {
  const cities = loadCities();
  t.true(cities.size > 130_000);
  t.is(loadCities(), cities, 'loaded once');
  const stats = citiesLoadStats()!;
  t.truthy(stats);
  // Budget: the package's own require() costs ~46 MB of heap; the compact table must stay far below.
  t.true(stats.heapDeltaBytes < 10_000_000, `heap delta ${stats.heapDeltaBytes}`);
});

const child = (code: string) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });

test('gazetteer: the CLI’s --help does not load the gazetteer', (t) => {
  const r = child(`
    import { execute } from './src/cli.ts';
    import { citiesLoaded } from './src/gazetteer/cities.ts';
    await execute(['--help'], { cwd: process.cwd(), stdout: () => {}, stderr: () => {} });
    console.log(JSON.stringify({ loaded: citiesLoaded() }));`);
  t.is(r.status, 0, r.stderr);
  t.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { loaded: false });
});

test('gazetteer: extraction over text without place mentions does not load it', (t) => {
  const r = child(`
    import { extractFacts } from './src/extract/index.ts';
    import { segmentSentences } from './src/segment/sentences.ts';
    import { citiesLoaded } from './src/gazetteer/cities.ts';
    const text = 'The minister said the plan was good. Nobody disagreed.';
    const article = { id: 'a', path: 'a.txt', story: 's', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: [] };
    extractFacts({ article, sentences: segmentSentences(article) });
    console.log(JSON.stringify({ loaded: citiesLoaded() }));`);
  t.is(r.status, 0, r.stderr);
  t.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { loaded: false });
});

test('gazetteer: a region written after the city rules out candidates elsewhere (Canadian and Australian regions too)', (t) => {
  const bc = qualifierPlace('B.C.');
  t.is(bc?.name, 'British Columbia');
  t.is(resolvePlace('Vancouver', { within: bc })?.country, 'CA');
  // Bountiful, B.C. is below the gazetteer's population floor: unknown, never Bountiful, Utah.
  t.is(resolvePlace('Bountiful', { within: bc }), undefined);
  t.is(resolvePlace('Sydney', { within: qualifierPlace('N.S.W.') })?.country, 'AU');
  t.is(resolvePlace('Sydney', { within: qualifierPlace('N.S.') })?.country, 'CA');
});

test('gazetteer: the prebuilt index answers exactly as the package’s data, and a stale or damaged one is not used', async (t) => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openCityIndex, openIndexFile, sourceStamp } = await import('../src/gazetteer/cities.js');
  const { writeCityIndex } = await import('../src/gazetteer/build-index.js');
  const file = writeCityIndex(join(mkdtempSync(join(tmpdir(), 'cc-gaz-')), 'cities.idx'));
  const stamp = sourceStamp();
  const index = openIndexFile(file, stamp);
  t.truthy(index, 'a fresh index is accepted');
  t.true(index!.bytesHeld() < 1_000_000, 'only the head of the file is read at once');
  const fromFile = openCityIndex(index!);
  const fromPackage = loadCities();
  t.is(fromFile.size, fromPackage.size);
  for (const name of ['Paris', 'Zürich', 'Genève', 'New York', 'Springfield', 'São Paulo', 'Kyiv', 'Nowhereville', 'St. John’s', '', 'a']) {
    const key = foldPlaceName(name);
    t.deepEqual(fromFile.byFoldedName(key), fromPackage.byFoldedName(key), name);
    t.deepEqual(fromFile.inCountry(key, 'US'), fromPackage.inCountry(key, 'US'), `${name} in US`);
  }
  t.is(openIndexFile(file, (stamp + 1) >>> 0), undefined, 'built from other data or another fold');
  writeFileSync(file, readFileSync(file).subarray(0, 1000));
  t.is(openIndexFile(file, stamp), undefined, 'truncated');
  t.is(openIndexFile(`${file}.missing`, stamp), undefined, 'missing');
});

test('gazetteer: the countries read from the package’s JSON file are the ones its module exports', async (t) => {
  const { createRequire } = await import('node:module');
  const { countriesData } = await import('../src/gazetteer/countries.js');
  const require = createRequire(import.meta.url);
  t.deepEqual(countriesData(), require('countries-list').countries);
});
