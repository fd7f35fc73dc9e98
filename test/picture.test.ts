/**
 * The story picture without a browser: the Mermaid text `renderPicture`
 * writes for given inputs (a table of inputs and expected text), the
 * escaping of article text (a table, and properties over arbitrary text),
 * a line grammar every rendered diagram keeps whatever the articles hold,
 * and what `storyPicture` draws and leaves out of real and large stories.
 * `test/picture-browser.test.ts` renders the same text in chromium.
 */
import test from 'ava';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PICTURE_LIMITS,
  mermaidText,
  omissionNote,
  renderPicture,
  storyPicture,
  storyWindow,
  visibleText,
  type StoryPicture,
} from '../src/report/picture.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { pipelineOn, tempDir } from './helpers/run.js';
import { NO_OMISSIONS as NONE, anyPicture, hostileText } from './helpers/picture-arbitraries.js';
import type { Article } from '../src/types.js';


/** A picture with nothing in it but what `parts` gives. */
function picture(parts: Partial<StoryPicture>): StoryPicture {
  return { story: 's', articles: [], events: [], series: [], findings: [], omitted: NONE, ...parts };
}

const HEAD = (title: string, axis = '%Y-%m-%d') => ['gantt', `    title ${title}`, '    dateFormat YYYY-MM-DD', `    axisFormat ${axis}`, '    todayMarker off'];

const article = (id: string, published: string, title = 'Title', inferred = false) => ({ id, published, title, inferred });

const RENDER_CASES: { name: string; input: StoryPicture; expected: string[] | undefined }[] = [
  {
    name: 'one article: a milestone on its publication day',
    input: picture({ articles: [article('a1', '2020-01-02')] }),
    expected: [...HEAD('s · 1 dated article · 0 contradictions'), '    section Published', '    • a1 · Title :milestone, 2020-01-02, 0d'],
  },
  {
    name: 'an inferred publication date is grey (done)',
    input: picture({ articles: [article('a1', '2020-01-02', 'T', true)] }),
    expected: [...HEAD('s · 1 dated article · 0 contradictions'), '    section Published', '    • a1 · T :done, milestone, 2020-01-02, 0d'],
  },
  {
    name: 'a hostile title and story are written as entities',
    input: picture({ story: 'x: y', articles: [article('a#1', '2020-01-02', 'Kerry: "talks"; [ok] %%{init}%% ```')] }),
    expected: [
      ...HEAD('x#58; y · 1 dated article · 0 contradictions'),
      '    section Published',
      '    • a#35;1 · Kerry#58; #34;talks#34;#59; #91;ok#93; #37;#37;#123;init#125;#37;#37; #96;#96;#96; :milestone, 2020-01-02, 0d',
    ],
  },
  {
    name: 'an empty title reads (untitled)',
    input: picture({ articles: [article('a1', '2020-01-02', '')] }),
    expected: [...HEAD('s · 1 dated article · 0 contradictions'), '    section Published', '    • a1 · #40;untitled#41; :milestone, 2020-01-02, 0d'],
  },
  {
    name: 'an event: one section, a bar of whole days per claim, red when contradicted, at most three ids',
    input: picture({
      events: [
        {
          words: 'meet',
          claims: [
            { start: '2020-01-01', end: '2020-01-03', articles: ['a1', 'a2'], contradicted: true },
            { start: '2020-01-05', end: '2020-01-05', articles: ['a1', 'a2', 'a3', 'a4'], contradicted: false },
          ],
        },
      ],
    }),
    expected: [
      ...HEAD('s · 0 dated articles · 0 contradictions'),
      '    section Dated meet',
      '    ◦ 2020-01-01 to 2020-01-03 · a1, a2 :crit, 2020-01-01, 3d',
      '    ◦ 2020-01-05 · a1, a2, a3 +1 :milestone, 2020-01-05, 0d',
    ],
  },
  {
    name: 'a running total: its figures as milestones, red when contradicted',
    input: picture({
      series: [
        {
          what: 'killed · war',
          points: [
            { date: '2013-05-28', figure: 'More than 80,000', article: 'a1', contradicted: false },
            { date: '2016-09-09', figure: 'over 400,000', article: 'a2', contradicted: true },
          ],
        },
      ],
    }),
    expected: [
      ...HEAD('s · 0 dated articles · 0 contradictions', '%Y-%m'),
      '    section Running total killed · war',
      '    ▪ More than 80,000 · a1 :milestone, 2013-05-28, 0d',
      '    ▪ over 400,000 · a2 :crit, milestone, 2016-09-09, 0d',
    ],
  },
  {
    name: 'findings: contradictions red with ✗, agreements plain with ✓, others light blue with ≈',
    input: picture({
      findings: [
        { number: 1, message: 'Sources disagree: 12 vs 13', verdict: 'contradiction', first: '2020-01-01', last: '2020-01-04' },
        { number: 2, message: 'Sources agree', verdict: 'agreement', first: '2020-01-02', last: '2020-01-02' },
        { number: 3, message: 'Spelled differently', verdict: 'variant', first: '2020-01-02', last: '2020-01-03' },
      ],
    }),
    expected: [
      ...HEAD('s · 0 dated articles · 1 contradiction'),
      '    section Findings',
      '    ✗ 1. Sources disagree#58; 12 vs 13 :crit, 2020-01-01, 4d',
      '    ✓ 2. Sources agree :milestone, 2020-01-02, 0d',
      '    ≈ 3. Spelled differently :active, 2020-01-02, 2d',
    ],
  },
  {
    name: 'a span of 120 days keeps days on the axis',
    input: picture({ articles: [article('a', '2020-01-01'), article('b', '2020-04-29')] }),
    expected: [...HEAD('s · 2 dated articles · 0 contradictions'), '    section Published', '    • a · Title :milestone, 2020-01-01, 0d', '    • b · Title :milestone, 2020-04-29, 0d'],
  },
  {
    name: 'a span of 121 days shows months',
    input: picture({ articles: [article('a', '2020-01-01'), article('b', '2020-04-30')] }),
    expected: [...HEAD('s · 2 dated articles · 0 contradictions', '%Y-%m'), '    section Published', '    • a · Title :milestone, 2020-01-01, 0d', '    • b · Title :milestone, 2020-04-30, 0d'],
  },
  {
    name: 'a span of decades shows years',
    input: picture({ articles: [article('a', '1990-01-01'), article('b', '2020-01-01')] }),
    expected: [...HEAD('s · 2 dated articles · 0 contradictions', '%Y'), '    section Published', '    • a · Title :milestone, 1990-01-01, 0d', '    • b · Title :milestone, 2020-01-01, 0d'],
  },
  { name: 'nothing dated: no diagram', input: picture({}), expected: undefined },
];

for (const { name, input, expected } of RENDER_CASES) {
  test(`renderPicture: ${name}`, (t) => {
    t.is(renderPicture(input), expected?.join('\n'));
  });
}

const ESCAPE_CASES: { input: string; max?: number; expected: string }[] = [
  { input: 'Kerry, Lavrov talk', expected: 'Kerry, Lavrov talk' },
  { input: 'Kerry: talks', expected: 'Kerry#58; talks' },
  { input: '  a\nb\r\n\t c\u2028d  ', expected: 'a b c d' },
  { input: '#58;', expected: '#35;58#59;' },
  { input: '%%{init: {}}%%', expected: '#37;#37;#123;init#58; #123;#125;#125;#37;#37;' },
  { input: '```', expected: '#96;#96;#96;' },
  { input: '~~~', expected: '#126;#126;#126;' },
  { input: '<script>&amp;', expected: '#60;script#62;#38;amp#59;' },
  { input: 'Straße ﬂ° ¶', expected: 'Stra#223;e #64258;#176; #182;' },
  { input: '\u202eevil', expected: '#65533;evil' },
  { input: 'x\ud800y', expected: 'x#65533;y' },
  { input: '😀', expected: '#128512;' },
  { input: 'Genève — “quoted” it’s 3/4 +1?!', expected: 'Genève — “quoted” it’s 3/4 +1?!' },
  { input: 'x'.repeat(20), max: 10, expected: 'xxxxxxxxx…' },
  { input: 'word '.repeat(5), max: 10, expected: 'word word…' },
  { input: '😀'.repeat(5), max: 3, expected: '#128512;#128512;…' },
];

for (const { input, max, expected } of ESCAPE_CASES) {
  test(`mermaidText(${JSON.stringify(input)}${max ? `, ${max}` : ''})`, (t) => {
    t.is(mermaidText(input, max), expected);
  });
}

/** What a browser shows for Mermaid text: the entities decoded. */
const decode = (text: string) => text.replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));

/** Characters left after the entities are removed must be plain ones (letters, digits, spaces and a few marks). */
const ONLY_PLAIN = /^[\p{L}\p{M}\p{N} _,.!?'/+\-–—‘’“”…·]*$/u;

test('mermaidText on any text: one line of plain characters and numeric entities that decodes to what the label shows', (t) => {
  fc.assert(
    fc.property(hostileText, fc.integer({ min: 2, max: 80 }), (text, max) => {
      const out = mermaidText(text, max);
      const shown = visibleText(text, max);
      return ONLY_PLAIN.test(out.replace(/#\d+;/g, '')) && decode(out) === shown && [...shown].length <= max && !/[\n\r]/.test(shown);
    }),
    { numRuns: 2000 },
  );
  t.pass();
});

/** The lines a rendered picture is made of; label text never holds a colon, so the first ` :` starts the task data. */
const LINE_GRAMMAR = [
  /^gantt$/,
  /^ {4}title [^\n:]+$/,
  /^ {4}dateFormat YYYY-MM-DD$/,
  /^ {4}axisFormat %Y(-%m(-%d)?)?$/,
  /^ {4}todayMarker off$/,
  /^ {4}section \S[^\n:]*$/,
  /^ {4}[•◦▪✗✓≈] [^\n:%]* :((crit|done|active), )?(milestone, \d{4}-\d{2}-\d{2}, 0d|\d{4}-\d{2}-\d{2}, \d+d)$/,
];

test('renderPicture on any input: every line follows the gantt line grammar', (t) => {
  fc.assert(
    fc.property(anyPicture, (p) => {
      const text = renderPicture(p);
      if (text === undefined) return p.articles.length + p.events.length + p.series.length + p.findings.length === 0;
      return text.split('\n').every((line) => LINE_GRAMMAR.some((re) => re.test(line)));
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('the line grammar rejects the lines an unescaped label would make', (t) => {
  const bad = ['    • a: b :milestone, 2020-01-01, 0d', '    • a :milestone, 2020-01-01', '    title a: b', '    section ', '    click here :milestone, 2020-01-01, 0d'];
  for (const line of bad) t.false(LINE_GRAMMAR.some((re) => re.test(line)), line);
});

const WINDOW_CASES: { published: string[]; expected: { from: string; to: string } | undefined }[] = [
  { published: [], expected: undefined },
  { published: ['2020-03-01'], expected: { from: '2020-01-30', to: '2020-04-01' } },
  { published: ['2020-03-10', '2020-03-01'], expected: { from: '2020-01-30', to: '2020-04-10' } },
  // Four years apart: two years on each side.
  { published: ['2013-05-28', '2017-05-28'], expected: { from: '2011-05-28', to: '2019-05-29' } },
];

for (const { published, expected } of WINDOW_CASES) {
  test(`storyWindow(${JSON.stringify(published)})`, (t) => {
    t.deepEqual(storyWindow(published), expected);
  });
}

test('omissionNote: nothing left out, no note; otherwise each kind with its limit', (t) => {
  t.is(omissionNote(NONE), undefined);
  t.is(omissionNote({ ...NONE, undatedArticles: 1 }), 'Not drawn: 1 article without a publication date.');
  t.is(
    omissionNote({ undatedArticles: 2, articles: 5, events: 1, claims: 3, series: 1, points: 2, findings: 4 }),
    `Not drawn: 2 articles without a publication date; 5 more articles (at most ${PICTURE_LIMITS.articles} are drawn); 1 more dated event (at most ${PICTURE_LIMITS.events}); 3 more dates of drawn events (at most ${PICTURE_LIMITS.claimsPerEvent} each); 1 more running total (at most ${PICTURE_LIMITS.series}); 2 more figures of running totals (at most ${PICTURE_LIMITS.pointsPerSeries} each); 4 findings (beyond ${PICTURE_LIMITS.findings}, or without a dated article).`,
  );
});

const titleOf = (a: Article) => a.title ?? a.id;

test('storyPicture on the seeds: articles in date order, the running toll with both figures, findings numbered as in the report', (t) => {
  const report = pipelineOn(['seeds']);
  const p = storyPicture(report, 'seeds', report.findings, titleOf);
  t.deepEqual(
    p.articles.map((a) => a.published),
    [...p.articles.map((a) => a.published)].sort(),
  );
  t.is(p.articles.length, 5);
  const toll = p.series.find((s) => s.what.startsWith('killed'));
  t.deepEqual(toll?.points.map((pt) => [pt.date, pt.figure]), [
    ['2013-05-28', 'More than 80,000'],
    ['2016-09-09', 'over 400,000'],
  ]);
  t.true(p.findings.length > 0);
  for (const f of p.findings) t.is(report.findings[f.number - 1]!.message, f.message);
  t.deepEqual(storyPicture(pipelineOn(['seeds']), 'seeds', report.findings, titleOf), p, 'the same input gives the same picture');
});

test('storyPicture on the ECB+ showcase: the contradiction is drawn red over the days of its evidence', (t) => {
  const story = 'test/fixtures/ecbplus-showcase/38_2';
  const report = pipelineOn([story]);
  const p = storyPicture(report, story, report.findings, titleOf);
  const contradiction = p.findings.find((f) => f.verdict === 'contradiction');
  t.truthy(contradiction);
  t.true(contradiction!.first <= contradiction!.last);
  t.true(p.events.every((e) => e.claims.every((c) => c.end >= '2013-01-01' && c.start <= '2013-06-30')), 'no background date outside the story window');
});

test('storyPicture caps a large story and counts what it leaves out', (t) => {
  const dir = join(tempDir(), 'big');
  mkdirSync(dir);
  const n = PICTURE_LIMITS.articles + 5;
  for (let i = 0; i < n; i++) {
    const d = String(1 + i).padStart(2, '0');
    writeFileSync(join(dir, `a${d}.md`), `---\ntitle: "Story: part ${i} #${i}; [x]"\npublished: 2020-01-${d}\n---\nIn report ${i}, the meeting was held on January 3, 2020, and ${i + 2} people attended, officials said.\n`);
  }
  const report = pipelineOn([dir]);
  const story = report.stories[0]!.id;
  const p = storyPicture(report, story, report.findings, titleOf);
  t.is(p.articles.length, PICTURE_LIMITS.articles);
  t.is(p.omitted.articles, 5);
  t.is(p.omitted.undatedArticles, 0);
  t.true(p.events.every((e) => e.claims.length <= PICTURE_LIMITS.claimsPerEvent));
  t.true(p.findings.length <= PICTURE_LIMITS.findings);
  const md = formatMarkdown(report);
  t.true(md.includes('Not drawn: 5 more articles (at most 20 are drawn)'), md.slice(0, 3000));
});

test('storyPicture leaves out articles without a publication date, and the findings resting on them alone', (t) => {
  const report = pipelineOn(['seeds']);
  const undated = { ...report, articles: report.articles.map((a) => ({ ...a, published: undefined })) };
  const p = storyPicture(undated, 'seeds', undated.findings, titleOf);
  t.is(p.articles.length, 0);
  t.is(p.omitted.undatedArticles, 5);
  t.is(p.findings.length, 0);
  t.is(p.omitted.findings, report.findings.length);
  t.true(formatMarkdown(undated).includes('Not drawn: 5 articles without a publication date;'));
});

test('the Markdown report draws one picture per story, under a heading when there are several', (t) => {
  const one = formatMarkdown(pipelineOn(['seeds']));
  t.is(one.match(/^```mermaid$/gm)?.length, 1);
  t.false(one.includes('### Story'));
  t.true(one.indexOf('## Picture') < one.indexOf('## Contradictions'));
  const two = formatMarkdown(pipelineOn(['seeds', 'test/fixtures/ecbplus-showcase/38_2']));
  t.is(two.match(/^```mermaid$/gm)?.length, 2);
  t.is(two.match(/^### Story /gm)?.length, 2);
});
