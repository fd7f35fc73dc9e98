/**
 * Absolute dates with chrono-node: expressions that state at least a month
 * and a year, or a month and a day ("September 30, 2015", "March 2011",
 * "May 28"). Relative, partial and duration forms have their own extractors.
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { Fact } from '../../types.js';
import { bindEvent } from '../event.js';
import { makeFact, type ArticleContext, type Extractor } from '../extractor.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Reference instant for chrono: the publication date at noon UTC, or a fixed date when unknown. */
export function referenceDate(published: string | undefined): Date {
  return published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
}

/** Extracts absolute calendar dates with at least month+year or month+day stated. */
export const absoluteDates: Extractor = {
  name: 'date/absolute',
  kind: 'date',
  extract(context: ArticleContext): Fact[] {
    const facts: Fact[] = [];
    const ref = referenceDate(context.published);
    for (const sentence of context.sentences) {
      let results: chrono.ParsedResult[];
      try {
        results = chrono.parse(sentence.text, ref, { forwardDate: false });
      } catch {
        continue;
      }
      for (const r of results) {
        const c = r.start;
        if (!c.isCertain('month')) continue;
        if (!c.isCertain('year') && !c.isCertain('day')) continue;
        const year = c.get('year')!;
        const month = c.get('month')!;
        const dayStated = c.isCertain('day');
        const stated = ['year', 'month', 'day', 'weekday'].filter((k) => c.isCertain(k as chrono.Component));
        const implied = ['year', 'month', 'day'].filter((k) => !c.isCertain(k as chrono.Component));
        let start: string;
        let end: string;
        let timex: string;
        let granularity: string;
        if (dayStated) {
          start = end = `${year}-${pad(month)}-${pad(c.get('day')!)}`;
          timex = start;
          granularity = 'day';
        } else {
          const first = DateTime.utc(year, month, 1);
          start = first.toISODate()!;
          end = first.endOf('month').toISODate()!;
          timex = `${year}-${pad(month)}`;
          granularity = 'month';
        }
        const text = r.text.trimEnd();
        const span = { start: sentence.span.start + r.index, end: sentence.span.start + r.index + text.length };
        facts.push(
          makeFact(context, {
            kind: 'date',
            span,
            sentence,
            extractor: this.name,
            value: { type: 'DATE', start, end, granularity, timex, stated, implied, anchor: c.isCertain('year') ? 'absolute' : 'publication' },
            event: bindEvent(sentence, span, { start, end }),
          }),
        );
      }
    }
    return facts;
  },
};
