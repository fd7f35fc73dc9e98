/**
 * Local clock times resolved from the story's place: "at around 4:30 a.m.
 * local time" in an article set in Paris is Paris time. The place is the
 * country the article's own location facts name most often (ties: the
 * first named); when that country has one time zone, every date fact of the
 * article marked `local` takes it, with its UTC instant. Otherwise the time
 * stays `local`, never guessed.
 */
import type { Fact, FactOf } from '../../types.js';
import type { Refiner } from '../extractor.js';
import { LOCAL_ZONE, toUtc, zoneOfCountry } from './zones.js';

/** The country the article's location facts name most often, first named on a tie. */
function storyCountry(facts: readonly Fact[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of facts) {
    if (f.kind !== 'location' || !f.value.country || f.value.relation === 'qualifier') continue;
    counts.set(f.value.country, (counts.get(f.value.country) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [country, n] of counts) if (best === undefined || n > counts.get(best)!) best = country;
  return best;
}

/** Resolves `local` clock times to the zone of the article's country. */
export const localTimes: Refiner = {
  name: 'dates/local-time',
  refine(facts: Fact[]): Fact[] {
    if (!facts.some((f) => f.kind === 'date' && f.value.zone === LOCAL_ZONE)) return facts;
    const zone = zoneOfCountry(storyCountry(facts));
    if (!zone) return facts;
    for (const f of facts) {
      if (f.kind !== 'date' || f.value.zone !== LOCAL_ZONE || !f.value.start) continue;
      const utc = toUtc(f.value.start, zone);
      if (!utc) continue;
      (f as FactOf<'date'>).value = { ...f.value, zone, utc };
    }
    return facts;
  },
};
