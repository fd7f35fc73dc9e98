/**
 * location-position: sources that place one event from the same landmark
 * must agree on where it lies. "150 nautical miles east of Aden" and "150
 * nautical miles west of Aden" agree on the distance, so they describe one
 * point, and the bearings are opposed; "about 20 miles north of Santa Rosa"
 * and "about 26 miles north" of it agree on the bearing of the same quake and
 * not on the distance.
 *
 * Distances are read as written: an "about" covers a tenth of the figure on
 * either side (or its written precision, when wider), an unhedged figure its
 * precision, and other hedges ("more than", "up to") what the quantity
 * extractor gave them. Bearings that are 90 degrees or more apart are opposed;
 * 45 degrees apart (north-northeast and northeast, southwest and west) is a
 * coarser rendering of one bearing. A source that gives two positions from one
 * landmark that do not fit together speaks of two events (the 2012 quake "six
 * miles west of Cobb"), so its positions from that landmark are not compared.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { bearingApart, compassPoint, factsInRole } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'location-position',
  docs: { url: 'docs/rules/location-position.md' },
  description: 'Distances and bearings sources give for one event from the same landmark must fit together.',
  topics: ['place-position'],
  severity: 'error',
  messages: {
    agree: 'Sources agree on where the {{event}} lies from {{anchor}}: {{positions}}.',
    direction: 'Sources disagree on the direction of the {{event}} from {{anchor}}: {{a}} vs {{b}}.',
    distance: 'Sources disagree on the distance of the {{event}} from {{anchor}}: {{a}} vs {{b}}.',
  },
  defaultOptions: { windowDays: 7 },
};

type LocationFact = FactOf<'location'>;

/** Bearings this far apart or more point different ways. */
const OPPOSED_DEGREES = 90;
/** Bearings at most this far apart are one bearing written more or less finely. */
const SAME_DEGREES = 45;
/** Share of the figure an approximate distance ("about 20 miles") covers on either side. */
const APPROXIMATE_SHARE = 0.1;
/** Hedges that make a figure approximate, rather than a bound. */
const APPROXIMATE = /^(?:about|around|approximately|approx\.?|roughly|some|an estimated|nearly|almost|close to)$/i;

/** The distances a position allows, in metres. */
function band(f: LocationFact): [number, number] {
  const p = f.value.position!;
  const high = p.high ?? Infinity;
  if (p.qualifier && !APPROXIMATE.test(p.qualifier)) return [p.low, high];
  if (!p.qualifier) return [p.low, high];
  const centre = (p.low + high) / 2;
  const half = Math.max(p.precision, APPROXIMATE_SHARE * centre);
  return [centre - half, centre + half];
}

function overlap(a: LocationFact, b: LocationFact): boolean {
  const [al, ah] = band(a);
  const [bl, bh] = band(b);
  return al <= bh && bl <= ah;
}

/** Whether two positions from one landmark fit together: bearings not opposed, distances that overlap. */
function fit(a: LocationFact, b: LocationFact): boolean {
  const pa = a.value.position!;
  const pb = b.value.position!;
  const opposed = pa.bearing !== undefined && pb.bearing !== undefined && bearingApart(pa.bearing, pb.bearing) >= OPPOSED_DEGREES;
  return !opposed && overlap(a, b);
}

/** True when one article gives two positions from the landmark that do not fit: it speaks of two events. */
function twoEvents(context: RuleContext, f: LocationFact): boolean {
  const own = context
    .storyFacts()
    .filter((g): g is LocationFact => g.kind === 'location' && g.article === f.article && g.value.relation === 'position' && g.value.placeId === f.value.placeId && g.value.position !== undefined);
  return own.some((g) => g !== f && !fit(f, g));
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function check(group: FactGroup, context: RuleContext): void {
  const topic = group.topic;
  if (topic.type !== 'place-position') return;
  const facts = (factsInRole(group, 'position') as LocationFact[]).filter((f) => f.value.position !== undefined);
  const event = topic.event === 'other' ? 'event' : topic.event.replace(/[#@].*$/, '');
  const anchor = facts[0]?.value.place ?? facts[0]?.value.name ?? topic.anchor;
  const window = Number(context.options.windowDays ?? 7);
  const agreeing = new Set<LocationFact>();
  let conflicts = 0;
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const [a, b] = [facts[i], facts[j]];
      if (a.article === b.article || twoEvents(context, a) || twoEvents(context, b)) continue;
      const pa = a.value.position!;
      const pb = b.value.position!;
      const apart = pa.bearing !== undefined && pb.bearing !== undefined ? bearingApart(pa.bearing, pb.bearing) : undefined;
      const sameDistance = overlap(a, b);
      const data = { event, anchor, a: pa.stated, b: pb.stated };
      if (apart !== undefined && apart >= OPPOSED_DEGREES && sameDistance) {
        // The same distance from the same landmark: one point, told with bearings that point different ways.
        conflicts++;
        context.report({
          messageId: 'direction',
          verdict: 'contradiction',
          data,
          facts: [a, b],
          explanation: `Both put the ${event} at the same distance from ${anchor}, but ${compassPoint(pa.bearing!)} and ${compassPoint(pb.bearing!)} are ${Math.round(apart)} degrees apart.`,
        });
        continue;
      }
      if (apart !== undefined && apart <= SAME_DEGREES && !sameDistance) {
        // A different distance only conflicts for one named event reported within days: positions of other events differ.
        const sameEvent = a.value.occasion !== 'other' && a.value.occasion === b.value.occasion && !!a.asOf && !!b.asOf && days(a.asOf, b.asOf) <= window;
        if (!sameEvent) continue;
        conflicts++;
        context.report({
          messageId: 'distance',
          verdict: 'contradiction',
          data,
          facts: [a, b],
          explanation: `Both put the ${event} ${compassPoint(pa.bearing!)} of ${anchor}, at distances that do not overlap even read loosely (an "about" as a tenth either way).`,
        });
        continue;
      }
      if ((apart === undefined || apart <= SAME_DEGREES) && sameDistance) {
        agreeing.add(a);
        agreeing.add(b);
      }
    }
  }
  // Where sources conflict, the pairs that happen to fit are no agreement on where the event lies.
  if (agreeing.size > 0 && conflicts === 0) {
    const members = facts.filter((f) => agreeing.has(f));
    const positions = [...new Set(members.map((f) => f.value.position!.stated))].join(', ');
    context.report({ messageId: 'agree', verdict: 'agreement', data: { event, anchor, positions }, facts: members, explanation: 'The distances overlap and the bearings, where given, are at most 45 degrees apart.' });
  }
}
