/**
 * What surrounds a count: who gives the figure ("according to the UN",
 * "the UN special envoy estimates"), which event it is about (the quake, the
 * attack, the war), whether it is a running total ("since March 2011"), when
 * the counted event happened if the sentence says so ("in December 2003"),
 * and which places it is said to have happened in.
 */

/** Event classes that can be the subject of a toll, most specific first. */
export const SUBJECT_CLASSES = ['quake', 'attack', 'shoot', 'crash', 'storm', 'flood', 'landslide', 'fire', 'war'] as const;

/** Event classes that are ongoing states: their tolls are running totals. */
export const ONGOING_SUBJECTS = new Set(['war']);

/** Words that name each subject class (whole words, so that "warning" is not a war). */
const SUBJECT_WORDS: Record<(typeof SUBJECT_CLASSES)[number], RegExp> = {
  quake: /\b(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?|tsunamis?|seismic)\b/i,
  attack: /\b(?:attack(?:s|ed|ers?)?|bomb(?:s|ed|ing|ings|ers?)?|air\s*strikes?|strikes?|shell(?:s|ed|ing)|assaults?|raids?|blasts?|explosions?|suicide|massacres?|ambush(?:ed)?)\b/i,
  shoot: /\b(?:shootings?|shot|gunm[ae]n|gunfire|gunshots?)\b/i,
  crash: /\b(?:crash(?:es|ed)?|collisions?|collided|derail(?:ed|ment)|sank|capsiz(?:ed|ing))\b/i,
  storm: /\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?)\b/i,
  flood: /\b(?:floods?|flooding|floodwaters?)\b/i,
  landslide: /\b(?:landslides?|landslips?|mudslides?|avalanches?)\b/i,
  fire: /\b(?:fires?|blaze|flames|wildfires?)\b/i,
  war: /\b(?:wars?|conflict|fighting|offensive|campaign|militancy|hostilities|uprising|insurgency|violence|rebellion|unrest|clashes|civil\s+war)\b/i,
};

/** The subject class signalled in `text`, if any. */
export function subjectClass(text: string): string | undefined {
  return SUBJECT_CLASSES.find((c) => SUBJECT_WORDS[c].test(text));
}

const REPORTING = /\b(said|says|say|told|tells|estimates|estimate|estimated|reported|reports|stated|states|announced|confirmed|put|puts)\b/g;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|this|that|which|who)$/i;
const ADVERBS = /\s+(?:also|has|have|had|later|earlier|previously|now|on\s+\w+day)$/i;

/** Who gives the figure in `sentence`, if the sentence says: the `according to` phrase or the subject of a reporting verb. */
export function sourceOf(sentence: string): string | undefined {
  // A dot after a lone capital belongs to an abbreviation ("the U.S. Geological Survey"), not to the sentence.
  const according = /according\s+to\s+((?:the\s+)?(?:[^,.;:"“”()]|(?<=\b\p{Lu})\.){2,80}?)(?=\s*[,;:"“”()]|\s*(?<!\b\p{Lu})\.|\s+(?:on|in|at|as|which|who|that)\s|$)/iu.exec(sentence);
  if (according) return clean(according[1]);
  REPORTING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORTING.exec(sentence))) {
    const before = sentence.slice(0, m.index).replace(/\s+$/, '');
    // After an appositive: "Fauzi, an official from the local disaster agency, told AFP".
    if (/,\s*$/.test(before) && !/^(?:said|says|say)$/i.test(m[1])) {
      const chunks = before.split(',');
      const name = chunks.length >= 3 ? chunks[chunks.length - 3].trim() : '';
      if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(name) && plausibleSource(name)) return clean(name);
      continue;
    }
    // Inverted: ", said Sutopo Purwo Nugroho of the agency."
    if (/[,“”"]\s*$/.test(before) || before === '') {
      const after = /^\s+((?:the\s+)?[\p{Lu}](?:[^,.;:"“”()]|(?<=\b\p{Lu})\.){1,80}?)(?=\s*[,;:"“”()]|\s*(?<!\b\p{Lu})\.|$)/u.exec(sentence.slice(m.index + m[0].length));
      if (after && plausibleSource(after[1])) return clean(after[1]);
      continue;
    }
    const np = /((?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}\p{N}'’.-]+)$/u.exec(before.split(/[,;:“”"()–—]|\bthat\b|\bwhich\b|\bwho\b/).pop() ?? '');
    if (!np) continue;
    let subject = np[1].trim();
    while (ADVERBS.test(subject)) subject = subject.replace(ADVERBS, '');
    if (!plausibleSource(subject)) continue;
    return clean(subject);
  }
  return undefined;
}

const NOT_IN_SOURCE = /\b(?:have|has|had|been|are|were|is|was|be|being|bringing|came|come|with|to|of|in|on|at|by|for|from|more|than|people|killed|dead|died|injured|wounded|contrary)$|\b(?:have|has|had|been|are|were|is|was|be|bringing|came)\b/i;
const GENERIC_SOURCES = /^(?:officials?|authorities|police|doctors|medics|witnesses|residents|reports|sources|rescuers|media|state\s+media|local\s+media|hospital\s+officials|local\s+officials|security\s+sources|military|the\s+\p{L}.*|an?\s+\p{L}.*|\p{Lu}.*)$/iu;

/** True when `np` can name who gave a figure: a name, an organisation, a title, "officials". */
function plausibleSource(np: string): boolean {
  if (PRONOUNS.test(np) || np.split(/\s+/).some((w) => /^\d/.test(w))) return false;
  if (!/[\p{L}]{2,}/u.test(np) || NOT_IN_SOURCE.test(np)) return false;
  // "disaster agency spokesman Sutopo": a title before a name.
  if (/\s\p{Lu}[\p{L}'’.-]+$/u.test(np)) return true;
  if (!GENERIC_SOURCES.test(np)) return false;
  // The first word must be a capitalised name, an article, or a generic source noun.
  return /^(?:\p{Lu}|the\s|an?\s|officials?|authorities|police|doctors|medics|witnesses|residents|reports|sources|rescuers|media|state|local|hospital|security|military)/u.test(np);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^the\s+/i, 'the ').trim();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20)\d{2}))?\b/gi;
const DESCRIBED_BY_RE = /\b(?:devastated|ravaged|battered|hit|struck|destroyed|flattened|levelled|leveled)\s+by\s+[^,;:()]*/giu;
const SINCE_RE = /\b(?:since|began|started|broke\s+out)\b[^,;:()]*/giu;

/**
 * When the counted event happened, if the sentence says so, as a key that
 * compares equal for the same time: `2003`, `2003-12`, `month-09`,
 * `weekday-saturday`, or `past` for "last year", "previous", "ago".
 * "since March 2011" dates the start of a running total, not the event, and is ignored.
 */
export function whenOf(sentence: string): string | undefined {
  // "since March 2011" starts a running total; "a region devastated by the tsunami of 2004" describes a place.
  const text = sentence.replace(SINCE_RE, (s) => ' '.repeat(s.length)).replace(DESCRIBED_BY_RE, (s) => ' '.repeat(s.length));
  // Another incident than the one the story is about: "in a separate attack", "another UN school".
  if (/\b(?:another|separate|other|second|earlier|previous|similar)\s+(?:[\p{L}-]+\s+){0,2}(?:attacks?|strikes?|air\s+strikes?|airstrikes?|schools?|bombings?|quakes?|earthquakes?|incidents?|blasts?|raids?|explosions?|shootings?|crash(?:es)?)\b/iu.test(text)) return 'other';
  // Several incidents summed up: "attacks against three schools", "air strikes on ...".
  if (/\b(?:attacks|air\s*strikes|airstrikes|bombings|raids|shellings|bombing\s+of\s+(?:[\p{L}-]+\s+)?schools)\b/iu.test(text)) return 'several';
  MONTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_RE.exec(text))) {
    // "may" is mostly a verb: accept it only with a day or year.
    if (m[1].toLowerCase() === 'may' && !m[2] && !m[3]) continue;
    if (!/^\p{Lu}/u.test(m[1])) continue;
    const month = MONTHS.findIndex((name) => name.startsWith(m![1].toLowerCase().slice(0, 3))) + 1;
    const mm = String(month).padStart(2, '0');
    return m[3] ? `${m[3]}-${mm}` : `month-${mm}`;
  }
  const year = /(?<![\d,.$])((?:19|20)\d{2})(?!\d|,\d)/.exec(text);
  if (year) return year[1];
  const weekday = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(text);
  if (weekday) return `weekday-${weekday[1].toLowerCase()}`;
  if (/\b(?:years?|months?|decades?)\s+(?:after|before|earlier|ago)\b/i.test(text)) return 'past';
  if (/\b(?:last\s+(?:year|month|week)|years?\s+ago|months?\s+ago|previous|previously|earlier\s+(?:quake|earthquake|attack|disaster|this\s+year)|past\s+(?:year|decade))\b/i.test(text)) return 'past';
  return undefined;
}

const EVENT_NOUN = String.raw`(?:quake|earthquake|tremor|temblor|tsunami|attack|bombing|blast|explosion|shooting|crash|storm|hurricane|typhoon|cyclone|flood|fire|war)`;
const INDEFINITE_EVENT = new RegExp(String.raw`\b(?:a|an|another)\s+(?:[\p{L}\d.,-]+\s+){0,3}${EVENT_NOUN}\b`, 'iu');
const ANAPHORIC_START = /^\s*(?:it|that|this|these|those|the\s+same|the\s+previous|the\s+earlier)\b/i;
/** True when a `when` key dates something other than the current event (a year, a month, the past). */
export function isBackgroundWhen(when: string | undefined): boolean {
  return when !== undefined && !when.startsWith('weekday-');
}

/**
 * `whenOf`, falling back on the previous sentence when this one refers back to
 * an event that one introduced ("In February, a quake hit Zarand. It killed 612
 * people."): the count then belongs to that earlier event.
 */
export function whenOfInContext(sentence: string, previous: string | undefined): string | undefined {
  const own = whenOf(sentence);
  if (own || previous === undefined) return own;
  const before = whenOf(previous);
  if (!isBackgroundWhen(before)) return undefined;
  if (ANAPHORIC_START.test(sentence)) return before;
  if (INDEFINITE_EVENT.test(previous) && !INDEFINITE_EVENT.test(sentence)) return before;
  return undefined;
}

/** True for a running total: "since March 2011", "so far in the conflict", or the toll of an ongoing state such as a war. */
export function isCumulative(clause: string, subject: string | undefined): boolean {
  if (subject && ONGOING_SUBJECTS.has(subject)) return true;
  return /\bsince\b|\bto\s+date\b|\bin\s+total\b|\boverall\b|\bcumulative\b|\bin\s+the\s+(?:\d+|\p{L}+)\s+(?:days|weeks|months|years)\s+(?:of|since)\b/iu.test(clause);
}

/** Words after a place name that make it a locality inside the event's area (a district's share of a toll). */
const LOCALITY = /^\s+(?:district|sub-district|village|town|township|county|neighbou?rhood|camp|area)\b/i;
const LOCALITY_BEFORE = /\b(?:district|village|town|township|county|neighbou?rhood|camp)\s+of\s+$/i;
const NOT_PLACES = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an']);

/** Places the sentence says the counted event happened in ("in eastern China", "in the city of Bam"); `local` when one is a locality (a district, a village). */
export function placesOf(sentence: string): { places: string[]; local: boolean } {
  const places: string[] = [];
  let local = false;
  const re = /\b(?:[Ii]n|[Nn]ear|[Oo]ff|[Aa]t|[Oo]n)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+){0,3}(?:of\s+))?(?:(?:northern|southern|eastern|western|central|north|south|east|west|neighbou?ring|remote|ancient)\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const name = m[1];
    if (NOT_PLACES.has(name.split(/\s+/)[0].toLowerCase())) continue;
    const end = m.index + m[0].length;
    if (LOCALITY.test(sentence.slice(end)) || LOCALITY_BEFORE.test(sentence.slice(0, end - name.length))) local = true;
    // A capitalised run stops at a weekday or month ("Taludi Thursday").
    const words = name.split(/\s+/);
    const cut = words.findIndex((w) => NOT_PLACES.has(w.toLowerCase()));
    const place = (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/['’]s$/, '');
    if (place) places.push(place);
  }
  const named = /\b(?:area|town|city|village|region|district|province|state|island|camp|county)\s+of\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
  while ((m = named.exec(sentence))) {
    const words = m[1].split(/\s+/);
    const cut = words.findIndex((w) => NOT_PLACES.has(w.toLowerCase()));
    const place = (cut < 0 ? words : words.slice(0, cut)).join(' ');
    if (place && !places.includes(place)) places.push(place);
  }
  return { places, local };
}
