/**
 * A picture of each story for the Markdown report: a Mermaid `gantt` chart
 * (GitHub renders ```mermaid blocks) with the articles on a time axis by
 * publication date, the dated events several of them report, the figures of
 * each running total over time, and the findings, contradictions in red.
 *
 * Two steps with one job each: `storyPicture` builds a typed, capped
 * `StoryPicture` from the report model; `renderPicture` turns one into
 * Mermaid text. Every piece of article text goes through `mermaidText`,
 * which leaves only characters no Mermaid lexer treats as syntax and writes
 * the rest as Mermaid's `#<code>;` entities, so titles and quotes cannot
 * break or inject into the diagram (or close the Markdown fence).
 */
import type { Report } from '../pipeline.js';
import type { Article, Fact, Finding } from '../types.js';

/** At most this many of each kind of item are drawn; the rest are counted in `StoryPicture.omitted`. */
export const PICTURE_LIMITS = {
  stories: 5,
  articles: 20,
  events: 6,
  claimsPerEvent: 4,
  series: 3,
  pointsPerSeries: 10,
  findings: 12,
  /** Characters of one label (titles, messages), an ellipsis included. */
  label: 72,
} as const;

/** One article on the time axis. */
export interface PictureArticle {
  id: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  /** True when the date was inferred rather than read from metadata, a header or a dateline. */
  inferred: boolean;
}

/** One interval an event is said to have happened in, with the articles that say so. */
export interface PictureClaim {
  /** First and last day, `YYYY-MM-DD`, inclusive. */
  start: string;
  end: string;
  /** Ids of the articles that date the event so, sorted. */
  articles: string[];
  /** True when one of its facts is evidence of a contradiction. */
  contradicted: boolean;
}

/** A dated event reported by at least two articles: its event words and the dates claimed for it. */
export interface PictureEvent {
  /** The normalised event words, comma-separated (`arrest, kill`). */
  words: string;
  /** In date order. */
  claims: PictureClaim[];
}

/** One figure of a running total. */
export interface PicturePoint {
  /** The day the figure holds at, `YYYY-MM-DD`. */
  date: string;
  /** The figure as written (`More than 80,000`). */
  figure: string;
  article: string;
  contradicted: boolean;
}

/** A running total (a `measure-series` group) and its figures over time. */
export interface PictureSeries {
  /** What is counted and of what (`killed · war`). */
  what: string;
  points: PicturePoint[];
}

/** A finding, placed from the first to the last publication date of its evidence. */
export interface PictureFinding {
  /** Its number in the Markdown report. */
  number: number;
  message: string;
  verdict: string;
  first: string;
  last: string;
}

/** What was left out of one story's picture, by kind. */
export interface PictureOmissions {
  /** Articles without a publication date (nothing to place them by). */
  undatedArticles: number;
  /** Dated articles beyond `PICTURE_LIMITS.articles` (the earliest are drawn). */
  articles: number;
  events: number;
  claims: number;
  series: number;
  points: number;
  /** Findings beyond the limit or without a dated article. */
  findings: number;
}

/** Everything one story's picture shows: the typed input of `renderPicture`. */
export interface StoryPicture {
  story: string;
  articles: PictureArticle[];
  events: PictureEvent[];
  series: PictureSeries[];
  findings: PictureFinding[];
  omitted: PictureOmissions;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The `YYYY-MM-DD` day of an ISO date or date-time, or undefined. */
function dayOf(iso: string | null | undefined): string | undefined {
  const m = iso ? ISO_DAY.exec(iso) : null;
  return m ? m[0] : undefined;
}

/** Whole days from `start` to `end`, both `YYYY-MM-DD`, counting both (1 for one day). */
export function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Longest interval drawn as an event date: a month. Years and decades are background, and would stretch the axis. */
const MAX_EVENT_DAYS = 31;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The articles that can be placed, in date order, and how many cannot. */
function placedArticles(articles: readonly Article[], titleOf: (a: Article) => string) {
  const dated = articles
    .filter((a) => a.published && ISO_DAY.test(a.published))
    .map((a): PictureArticle => ({ id: a.id, title: titleOf(a), published: dayOf(a.published)!, inferred: a.publishedFrom === 'inferred' }))
    .sort((a, b) => byString(a.published, b.published) || byString(a.id, b.id));
  return { dated, undated: articles.length - dated.length };
}

/** Days the story's time window reaches beyond its first and last publication dates, at least. */
const WINDOW_MIN_DAYS = 31;

/**
 * The days an event date must fall in to be drawn: the publication dates
 * widened on each side by half their span, and by a month at least. Dates
 * further back are background ("a trial in 2007" in a 2008 story) and would
 * squeeze the story's days into a corner of the axis. Unbounded when no
 * article has a date.
 */
export function storyWindow(published: readonly string[]): { from: string; to: string } | undefined {
  if (published.length === 0) return undefined;
  const sorted = [...published].sort(byString);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const reach = Math.max(WINDOW_MIN_DAYS, Math.ceil((daysInclusive(first, last) - 1) / 2));
  return { from: shiftDays(first, -reach), to: shiftDays(last, reach) };
}

/** `day` (`YYYY-MM-DD`) moved by `n` days. */
function shiftDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dated events reported by at least two articles inside the story's window,
 * most widely reported first (ties: earliest first, then by words), each
 * with its distinct claimed intervals.
 */
function reportedEvents(facts: readonly Fact[], contradicted: ReadonlySet<string>, window: { from: string; to: string } | undefined) {
  type Draft = { start: string; end: string; articles: Set<string>; contradicted: boolean };
  const byWords = new Map<string, Map<string, Draft>>();
  for (const f of facts) {
    if (f.kind !== 'date' || f.event.words.length === 0) continue;
    const v = f.value;
    if ((v.type !== 'DATE' && v.type !== 'TIME') || v.role === 'publication') continue;
    const start = dayOf(v.start);
    const end = dayOf(v.end);
    if (!start || !end || end < start || daysInclusive(start, end) > MAX_EVENT_DAYS) continue;
    if (window && (start < window.from || end > window.to)) continue;
    const words = f.event.words.join(', ');
    const claims = byWords.get(words) ?? new Map<string, Draft>();
    byWords.set(words, claims);
    const key = `${start}/${end}`;
    const claim: Draft = claims.get(key) ?? { start, end, articles: new Set<string>(), contradicted: false };
    claims.set(key, claim);
    claim.articles.add(f.article);
    if (contradicted.has(f.id)) claim.contradicted = true;
  }
  const events = [...byWords].map(([words, claims]) => {
    const list = [...claims.values()]
      .map((c): PictureClaim => ({ start: c.start, end: c.end, articles: [...c.articles].sort(byString), contradicted: c.contradicted }))
      .sort((a, b) => byString(a.start, b.start) || byString(a.end, b.end));
    return { words, claims: list, sources: new Set(list.flatMap((c) => c.articles)).size };
  });
  return events
    .filter((e) => e.sources >= 2)
    .sort((a, b) => b.sources - a.sources || byString(a.claims[0]!.start, b.claims[0]!.start) || byString(a.words, b.words));
}

/** The running totals of the story (measure-series groups) with their dated figures, in date order. */
function runningTotals(report: Report, story: string, published: ReadonlyMap<string, string>, contradicted: ReadonlySet<string>) {
  const series: PictureSeries[] = [];
  for (const g of report.groups) {
    if (g.story !== story || g.topic.type !== 'measure-series') continue;
    const points: PicturePoint[] = [];
    for (const f of g.facts) {
      const date = dayOf(f.asOf) ?? published.get(f.article);
      if (date) points.push({ date, figure: f.text, article: f.article, contradicted: contradicted.has(f.id) });
    }
    points.sort((a, b) => byString(a.date, b.date) || byString(a.article, b.article) || byString(a.figure, b.figure));
    const t = g.topic;
    const what = [t.property, t.population && t.population !== 'people' ? t.population : '', t.bearer].filter(Boolean).join(' · ');
    if (points.length > 0) series.push({ what, points });
  }
  return series;
}

/**
 * The picture of one story: its dated articles, events, running totals and
 * findings (`numbered`: the report's findings in the Markdown report's
 * order, numbered from 1), each list capped by `PICTURE_LIMITS`.
 */
export function storyPicture(report: Report, story: string, numbered: readonly Finding[], titleOf: (a: Article) => string): StoryPicture {
  const L = PICTURE_LIMITS;
  const { dated, undated } = placedArticles(report.articles.filter((a) => a.story === story), titleOf);
  const published = new Map(dated.map((a) => [a.id, a.published]));
  const contradicted = new Set<string>();
  for (const f of report.findings) if (f.story === story && f.verdict === 'contradiction') for (const id of f.facts) contradicted.add(id);

  const allEvents = reportedEvents(report.facts.filter((f) => f.story === story), contradicted, storyWindow(dated.map((a) => a.published)));
  const events = allEvents.slice(0, L.events).map((e) => ({ words: e.words, claims: e.claims.slice(0, L.claimsPerEvent) }));
  const claimsLeft = allEvents.slice(0, L.events).reduce((n, e) => n + Math.max(0, e.claims.length - L.claimsPerEvent), 0);

  const allSeries = runningTotals(report, story, published, contradicted);
  const series = allSeries.slice(0, L.series).map((s) => ({ what: s.what, points: s.points.slice(0, L.pointsPerSeries) }));
  const pointsLeft = allSeries.slice(0, L.series).reduce((n, s) => n + Math.max(0, s.points.length - L.pointsPerSeries), 0);

  const placed: PictureFinding[] = [];
  let storyFindings = 0;
  numbered.forEach((f, i) => {
    if (f.story !== story) return;
    storyFindings++;
    const days = [...new Set(f.evidence.map((e) => published.get(e.article)).filter((d): d is string => d !== undefined))].sort(byString);
    if (days.length > 0) placed.push({ number: i + 1, message: f.message, verdict: f.verdict, first: days[0]!, last: days[days.length - 1]! });
  });
  const findings = placed.slice(0, L.findings);

  return {
    story,
    articles: dated.slice(0, L.articles),
    events,
    series,
    findings,
    omitted: {
      undatedArticles: undated,
      articles: Math.max(0, dated.length - L.articles),
      events: Math.max(0, allEvents.length - L.events),
      claims: claimsLeft,
      series: Math.max(0, allSeries.length - L.series),
      points: pointsLeft,
      findings: storyFindings - findings.length,
    },
  };
}

// ---------------------------------------------------------------------------
// Rendering

/**
 * Characters written as they are: letters, marks, digits, spaces and a few
 * punctuation marks that no Mermaid lexer reads as syntax. Everything else
 * (`:` ends a gantt label, `#` and `;` end its data, `%%` starts a comment,
 * quotes, brackets and braces open shapes in other diagram types, backticks
 * and tildes could close the Markdown fence) becomes an entity. `ß` and `ﬂ`
 * are letters but are excluded: with `°` and `¶` they make up the
 * placeholders Mermaid swaps entities for while parsing. `_` and `·` are
 * kept for readability (file names, our own separators).
 */
const PLAIN = /^[\p{L}\p{M}\p{N} _,.!?'/+\-–—‘’“”…·]$/u;
const PLACEHOLDER_CHARS = new Set(['ß', 'ﬂ']);

/** Line breaks, tabs and other white space, collapsed to one space. */
const WHITESPACE = /[\s\u2028\u2029\u0085]+/gu;
/** Control and format characters (bidirectional overrides included) and lone surrogates, shown as U+FFFD. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * Article text as the label will show it: white space collapsed and
 * trimmed, invisible characters replaced by U+FFFD, cut to `max` code points
 * with an ellipsis. What a browser displays for `mermaidText(text, max)`.
 */
export function visibleText(text: string, max: number = PICTURE_LIMITS.label): string {
  const clean = [...text.replace(WHITESPACE, ' ').trim().replace(INVISIBLE, '\uFFFD')];
  return clean.length > max ? `${clean.slice(0, max - 1).join('').trimEnd()}…` : clean.join('');
}

/** Text for a Mermaid label: `visibleText`, with every character that is not plain written as `#<code point>;`. */
export function mermaidText(text: string, max: number = PICTURE_LIMITS.label): string {
  let out = '';
  for (const ch of visibleText(text, max)) out += PLAIN.test(ch) && !PLACEHOLDER_CHARS.has(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** Leading symbols of the labels: fixed, so a label never starts with a gantt keyword (`title`, `click`, `excludes`, a date). */
const MARK = { article: '•', claim: '◦', point: '▪', contradiction: '✗', agreement: '✓', other: '≈' } as const;

/**
 * The d3 axis format for a span of days: days for a few months, months for
 * a few years (d3 then ticks by month or quarter, so years alone would
 * repeat), years beyond.
 */
function axisFormat(first: string, last: string): string {
  const days = daysInclusive(first, last);
  if (days <= 120) return '%Y-%m-%d';
  if (days <= 8 * 366) return '%Y-%m';
  return '%Y';
}

/** A gantt task line: a milestone for one day, else a bar of whole days. */
function task(label: string, tags: string[], start: string, end: string): string {
  const days = daysInclusive(start, end);
  const data = days <= 1 ? [...tags, 'milestone', start, '0d'] : [...tags, start, `${days}d`];
  return `    ${label} :${data.join(', ')}`;
}

/** Up to three article ids, then how many more. */
function articleList(ids: readonly string[]): string {
  const shown = ids.slice(0, 3).map((id) => mermaidText(id, 32)).join(', ');
  return ids.length > 3 ? `${shown} +${ids.length - 3}` : shown;
}

/** The earliest and latest day the picture places anything at. */
function extent(p: StoryPicture): { first: string; last: string } | undefined {
  const days: string[] = [];
  for (const a of p.articles) days.push(a.published);
  for (const e of p.events) for (const c of e.claims) days.push(c.start, c.end);
  for (const s of p.series) for (const pt of s.points) days.push(pt.date);
  for (const f of p.findings) days.push(f.first, f.last);
  if (days.length === 0) return undefined;
  days.sort(byString);
  return { first: days[0]!, last: days[days.length - 1]! };
}

/**
 * The Mermaid gantt text of one story's picture (no fence), or undefined
 * when nothing in it has a date.
 */
export function renderPicture(p: StoryPicture): string | undefined {
  const span = extent(p);
  if (!span) return undefined;
  const contradictions = p.findings.filter((f) => f.verdict === 'contradiction').length;
  const lines = [
    'gantt',
    `    title ${mermaidText(`${p.story} · ${count(p.articles.length, 'dated article')} · ${count(contradictions, 'contradiction')}`, 120)}`,
    '    dateFormat YYYY-MM-DD',
    `    axisFormat ${axisFormat(span.first, span.last)}`,
    '    todayMarker off',
  ];
  if (p.articles.length > 0) {
    lines.push('    section Published');
    for (const a of p.articles) {
      const label = `${MARK.article} ${mermaidText(a.id, 32)} · ${mermaidText(a.title || '(untitled)', 56)}`;
      lines.push(task(label, a.inferred ? ['done'] : [], a.published, a.published));
    }
  }
  for (const e of p.events) {
    lines.push(`    section ${mermaidText(`Dated ${e.words}`, 40)}`);
    for (const c of e.claims) {
      const when = c.start === c.end ? c.start : `${c.start} to ${c.end}`;
      lines.push(task(`${MARK.claim} ${when} · ${articleList(c.articles)}`, c.contradicted ? ['crit'] : [], c.start, c.end));
    }
  }
  for (const s of p.series) {
    lines.push(`    section ${mermaidText(`Running total ${s.what}`, 40)}`);
    for (const pt of s.points) lines.push(task(`${MARK.point} ${mermaidText(pt.figure, 40)} · ${mermaidText(pt.article, 32)}`, pt.contradicted ? ['crit'] : [], pt.date, pt.date));
  }
  if (p.findings.length > 0) {
    lines.push('    section Findings');
    for (const f of p.findings) {
      const mark = f.verdict === 'contradiction' ? MARK.contradiction : f.verdict === 'agreement' ? MARK.agreement : MARK.other;
      const tags = f.verdict === 'contradiction' ? ['crit'] : f.verdict === 'agreement' ? [] : ['active'];
      lines.push(task(`${mark} ${f.number}. ${mermaidText(f.message)}`, tags, f.first, f.last));
    }
  }
  return lines.join('\n');
}

/** `n thing(s)` in words. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence under a picture saying what it leaves out, or undefined when it leaves nothing out. */
export function omissionNote(o: PictureOmissions): string | undefined {
  const L = PICTURE_LIMITS;
  const parts: string[] = [];
  if (o.undatedArticles > 0) parts.push(`${count(o.undatedArticles, 'article')} without a publication date`);
  if (o.articles > 0) parts.push(`${count(o.articles, 'more article')} (at most ${L.articles} are drawn)`);
  if (o.events > 0) parts.push(`${count(o.events, 'more dated event')} (at most ${L.events})`);
  if (o.claims > 0) parts.push(`${count(o.claims, 'more date')} of drawn events (at most ${L.claimsPerEvent} each)`);
  if (o.series > 0) parts.push(`${count(o.series, 'more running total')} (at most ${L.series})`);
  if (o.points > 0) parts.push(`${count(o.points, 'more figure')} of running totals (at most ${L.pointsPerSeries} each)`);
  if (o.findings > 0) parts.push(`${count(o.findings, 'finding')} (beyond ${L.findings}, or without a dated article)`);
  return parts.length > 0 ? `Not drawn: ${parts.join('; ')}.` : undefined;
}

/**
 * The "Picture" section of the Markdown report: one gantt chart per story
 * (at most `PICTURE_LIMITS.stories`), a key and what was left out.
 * `numbered` is the findings in the order the report numbers them.
 */
export function pictureSection(report: Report, numbered: readonly Finding[], titleOf: (a: Article) => string, escape: (text: string) => string): string[] {
  const out = ['## Picture', ''];
  const stories = report.stories.slice(0, PICTURE_LIMITS.stories);
  for (const s of stories) {
    const p = storyPicture(report, s.id, numbered, titleOf);
    if (report.stories.length > 1) out.push(`### Story ${escape(s.id)}`, '');
    const text = renderPicture(p);
    if (!text) {
      out.push('Nothing in this story has a date to draw it by.', '');
      continue;
    }
    out.push('```mermaid', text, '```', '');
    const key = ['Articles by publication date, the dates two or more articles give for an event, running totals, and the findings (numbered as below, placed from the first to the last publication date of their evidence)'];
    if (p.articles.some((a) => a.inferred)) key.push('grey: publication date inferred from the text');
    key.push('red: contradictions and the claims they rest on');
    if (p.findings.some((f) => f.verdict !== 'contradiction' && f.verdict !== 'agreement')) key.push('light blue: other findings (variants, altered wording)');
    out.push(`${key.join('; ')}.`, '');
    const note = omissionNote(p.omitted);
    if (note) out.push(note, '');
  }
  if (report.stories.length > stories.length) out.push(`${count(report.stories.length - stories.length, 'more story', 'more stories')} not drawn (at most ${PICTURE_LIMITS.stories}).`, '');
  return out;
}
