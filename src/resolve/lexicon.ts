/**
 * Small lexicons of general words for people and attribution: titles and
 * offices, demonyms and country aliases, organisation nouns, speech verbs and
 * pronouns. No names of particular people live here.
 */
import { countries } from 'countries-list';
import { foldCase } from '../text/fold.js';
import { BoundedMemo } from '../text/memo.js';

/**
 * Office heads, longest first, each with the class it normalises to. Synonyms share a
 * class (a US Secretary of State and a Russian Foreign Minister hold the same kind of office).
 */
export const OFFICE_HEADS: readonly (readonly [string, string])[] = [
  ['secretary of state', 'foreign-minister'],
  ['foreign secretary', 'foreign-minister'],
  ['foreign minister', 'foreign-minister'],
  ['minister of foreign affairs', 'foreign-minister'],
  ['foreign affairs minister', 'foreign-minister'],
  ['defense secretary', 'defense-minister'],
  ['defence secretary', 'defense-minister'],
  ['secretary of defense', 'defense-minister'],
  ['defense minister', 'defense-minister'],
  ['defence minister', 'defense-minister'],
  ['minister of defence', 'defense-minister'],
  ['minister of defense', 'defense-minister'],
  ['interior minister', 'interior-minister'],
  ['home secretary', 'interior-minister'],
  ['finance minister', 'finance-minister'],
  ['treasury secretary', 'finance-minister'],
  ['prime minister', 'prime-minister'],
  ['premier', 'prime-minister'],
  ['vice president', 'vice-president'],
  ['vice-president', 'vice-president'],
  ['president', 'president'],
  ['chancellor', 'chancellor'],
  ['secretary-general', 'secretary-general'],
  ['secretary general', 'secretary-general'],
  ['special envoy', 'envoy'],
  ['peace envoy', 'envoy'],
  ['envoy', 'envoy'],
  ['ambassador', 'ambassador'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['press secretary', 'spokesperson'],
  ['king', 'king'],
  ['queen', 'queen'],
  ['governor', 'governor'],
  ['mayor', 'mayor'],
  ['senator', 'senator'],
  ['sen.', 'senator'],
  ['congressman', 'congressman'],
  ['congresswoman', 'congressman'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chief executive', 'ceo'],
  ['ceo', 'ceo'],
  ['coo', 'coo'],
  ['cfo', 'cfo'],
  ['cto', 'cto'],
  ['director', 'director'],
  ['general', 'general'],
  ['commander', 'commander'],
  ['minister', 'minister'],
  ['secretary', 'secretary'],
  ['judge', 'judge'],
  ['coach', 'coach'],
  ['head', 'head'],
  ['leader', 'leader'],
  ['chief', 'chief'],
  ['diplomacy chief', 'diplomat'],
  ['top diplomat', 'diplomat'],
  ['diplomat', 'diplomat'],
  ['official', 'official'],
  ['district attorney', 'district-attorney'],
  ['prosecutor', 'prosecutor'],
  ['attorney', 'lawyer'],
  ['lawyer', 'lawyer'],
  ['publicist', 'publicist'],
  ['representative', 'representative'],
  ['sheriff', 'sheriff'],
  ['detective', 'detective'],
  ['professor', 'professor'],
  ['manager', 'manager'],
  ['producer', 'producer'],
];

/**
 * Office heads whose words are common outside titles ("Financial Times", "Fire Island", "Marshall Islands"):
 * read as offices in a title phrase, but not stripped from names as title words are.
 */
export const PHRASE_OFFICE_HEADS: readonly (readonly [string, string])[] = [
  ['chief operating officer', 'coo'],
  ['chief financial officer', 'cfo'],
  ['chief technology officer', 'cto'],
  ['fire marshal', 'fire-marshal'],
  ['fire marshall', 'fire-marshal'],
  ['attorney general', 'attorney-general'],
  ['police chief', 'police-chief'],
  ['chief of police', 'police-chief'],
];

/**
 * Ranks of armed forces and police, abbreviations to the rank. One person holds one rank at a time: two ranks for
 * one person in sources of one time contradict each other, unless one is the other's short form ("Colonel" for a
 * lieutenant colonel).
 */
export const RANKS: Readonly<Record<string, string>> = {
  commodore: 'commodore', cdre: 'commodore', cmdre: 'commodore',
  commander: 'commander', cmdr: 'commander', cdr: 'commander',
  admiral: 'admiral', adm: 'admiral',
  captain: 'captain', capt: 'captain',
  lieutenant: 'lieutenant', lt: 'lieutenant',
  colonel: 'colonel', col: 'colonel',
  major: 'major', maj: 'major',
  brigadier: 'brigadier', brig: 'brigadier',
  general: 'general', gen: 'general',
  sergeant: 'sergeant', sgt: 'sergeant',
  corporal: 'corporal', cpl: 'corporal',
  private: 'private', pvt: 'private',
  ensign: 'ensign',
  constable: 'constable', const: 'constable',
  trooper: 'trooper',
};

/** Words that make a compound rank of the rank after them ("Lieutenant Colonel", "Rear Admiral", "Staff Sergeant"). */
export const RANK_MODIFIERS: Readonly<Record<string, string>> = {
  lieutenant: 'lieutenant', lt: 'lieutenant', rear: 'rear', vice: 'vice', major: 'major', maj: 'major', brigadier: 'brigadier', brig: 'brigadier',
  staff: 'staff', master: 'master', first: 'first', senior: 'senior', chief: 'chief', lance: 'lance', flight: 'flight', wing: 'wing', detective: 'detective', det: 'detective',
};

/**
 * Offices one person holds at a time per country or organisation. Two different people
 * named to one of these at the same time, for the same country, is a contradiction.
 */
export const UNIQUE_OFFICES = new Set([
  'foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'prime-minister', 'president',
  'vice-president', 'chancellor', 'secretary-general', 'king', 'queen',
]);

/**
 * Offices one person holds at a time in a county, city or state the title names ("Albany County District
 * Attorney", "Woodburn Chief of Police"): two people named to one of them at the same time contradict each other.
 */
export const LOCAL_UNIQUE_OFFICES = new Set(['district-attorney', 'attorney-general', 'sheriff', 'mayor', 'governor', 'police-chief', 'fire-marshal']);

/**
 * Offices with assistants and deputies who are not the holder: an assistant district attorney is not the district
 * attorney. (A coach's assistant is called coach, and vague heads fit anyone: neither is here.)
 */
export const PRINCIPAL_OFFICES = new Set([...UNIQUE_OFFICES, ...LOCAL_UNIQUE_OFFICES, 'director', 'commissioner', 'superintendent', 'ceo', 'coo', 'cfo', 'cto', 'chair']);

/**
 * Vague titles that fit under any more specific one: "the Russian minister" or "the diplomacy
 * chief" never contradicts "Foreign Minister". Values are the classes each one may stand for.
 */
export const GENERIC_OFFICES: Readonly<Record<string, readonly string[] | '*'>> = {
  minister: ['foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'prime-minister', 'minister'],
  secretary: ['foreign-minister', 'defense-minister', 'finance-minister', 'interior-minister', 'secretary-general', 'spokesperson', 'secretary'],
  head: '*',
  leader: '*',
  chief: '*',
  diplomat: ['foreign-minister', 'envoy', 'ambassador', 'diplomat', 'secretary-general'],
  official: '*',
  director: '*',
  commander: ['general', 'commander', 'president'],
  prosecutor: ['district-attorney', 'assistant:district-attorney', 'attorney-general', 'assistant:attorney-general', 'assistant:prosecutor'],
  envoy: ['envoy', 'ambassador'],
  chair: ['chair', 'head', 'president', 'ceo'],
};

/** Words that turn a title into a past one. */
export const FORMER_WORDS = new Set(['former', 'ex', 'ex-', 'then', 'late', 'onetime', 'one-time', 'erstwhile', 'outgoing', 'retired']);

/** Country and organisation aliases, folded, to a canonical key. */
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'us', 'u.s.': 'us', 'u.s': 'us', usa: 'us', 'u.s.a.': 'us', 'united states': 'us', 'united states of america': 'us', america: 'us', american: 'us',
  russia: 'ru', 'russian federation': 'ru', russian: 'ru',
  uk: 'gb', 'u.k.': 'gb', britain: 'gb', 'great britain': 'gb', 'united kingdom': 'gb', british: 'gb',
  un: 'un', 'u.n.': 'un', 'united nations': 'un',
  eu: 'eu', 'european union': 'eu', european: 'eu',
  nato: 'nato',
  syria: 'sy', syrian: 'sy', iran: 'ir', iranian: 'ir', iraq: 'iq', iraqi: 'iq', israel: 'il', israeli: 'il',
  france: 'fr', french: 'fr', germany: 'de', german: 'de', italy: 'it', italian: 'it', china: 'cn', chinese: 'cn',
  japan: 'jp', japanese: 'jp', turkey: 'tr', turkish: 'tr', 'saudi arabia': 'sa', saudi: 'sa', egypt: 'eg', egyptian: 'eg',
  ukraine: 'ua', ukrainian: 'ua', india: 'in', indian: 'in', pakistan: 'pk', pakistani: 'pk', afghanistan: 'af', afghan: 'af',
  canada: 'ca', canadian: 'ca', australia: 'au', australian: 'au', mexico: 'mx', mexican: 'mx', spain: 'es', spanish: 'es',
  lebanon: 'lb', lebanese: 'lb', jordan: 'jo', jordanian: 'jo', qatar: 'qa', qatari: 'qa', indonesia: 'id', indonesian: 'id',
  philippines: 'ph', philippine: 'ph', filipino: 'ph', 'south korea': 'kr', 'south korean': 'kr', 'north korea': 'kp',
  'north korean': 'kp', brazil: 'br', brazilian: 'br', greece: 'gr', greek: 'gr', poland: 'pl', polish: 'pl',
  palestinian: 'ps', yemen: 'ye', yemeni: 'ye', libya: 'ly', libyan: 'ly', nigeria: 'ng', nigerian: 'ng',
  'new zealand': 'nz', ireland: 'ie', irish: 'ie', netherlands: 'nl', dutch: 'nl', belgium: 'be', belgian: 'be',
  sweden: 'se', swedish: 'se', norway: 'no', norwegian: 'no', swiss: 'ch', switzerland: 'ch', austria: 'at', austrian: 'at',
};

/** Country names and capitals from the `countries-list` package, folded, to their ISO code (lower case). */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(countries).flatMap(([code, c]) => [[foldCase(c.name), code.toLowerCase()] as const, ...(c.capital ? [[foldCase(c.capital), code.toLowerCase()] as const] : [])]),
);

/** Canonical key of a country or international organisation name or demonym ("U.S." and "United States" → `us`), or undefined. */
export function countryKey(text: string): string | undefined {
  return countryKeys.get(text, () => {
    const folded = foldCase(text).trim().replace(/['’]s$/, '');
    // Own keys only: "constructor" or "toString" are not countries.
    return (Object.hasOwn(COUNTRY_ALIASES, folded) ? COUNTRY_ALIASES[folded] : undefined) ?? COUNTRY_NAMES.get(folded);
  });
}

/** Keys already looked up: every capitalised run of every sentence is asked about, most of them many times. */
const countryKeys = new BoundedMemo<string, string | undefined>(16384);

/** First words of place names ("Los Angeles", "San Diego", "New York", "Fort Worth"). */
export const PLACE_PREFIXES = new Set(['los', 'las', 'san', 'santa', 'santo', 'sao', 'new', 'fort', 'port', 'mount', 'mt', 'lake', 'cape', 'rio', 'el', 'la', 'saint', 'st', 'st.', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater']);

/** Longest country alias first, as a regex alternation (for title prefixes). */
export const COUNTRY_PATTERN = Object.keys(COUNTRY_ALIASES)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.]/g, '\\.').replace(/\s/g, '\\s+'))
  .join('|');

/** Nouns that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'office', 'council', 'committee', 'commission', 'agency', 'army', 'forces', 'force', 'front',
  'group', 'union', 'nations', 'organisation', 'organization', 'party', 'government', 'administration', 'kremlin',
  'university', 'institute', 'forum', 'company', 'corporation', 'inc', 'ltd', 'bank', 'court', 'police', 'senate',
  'congress', 'parliament', 'house', 'bureau', 'service', 'news', 'times', 'post', 'press', 'agence', 'reuters',
  'associated', 'network', 'channel', 'radio', 'television', 'tv', 'state', 'states', 'islamic', 'brigade', 'brigades',
  'movement', 'coalition', 'alliance', 'federation', 'republic', 'kingdom', 'war', 'conference', 'talks', 'team', 'club',
  'league', 'association', 'center', 'centre', 'hospital', 'school', 'airport', 'station', 'street', 'road', 'city',
  'county', 'province', 'region', 'sea', 'river', 'mountains', 'alps', 'prize', 'award', 'awards', 'festival', 'records',
  'studios', 'pictures', 'foundation', 'fund', 'board', 'authority', 'guard', 'navy', 'jaish', 'jabhat', 'ahrar', 'hezbollah',
  'telecom', 'telecommunications', 'communications', 'airlines', 'airways', 'motors', 'energy', 'oil', 'systems', 'media',
  'time', 'century', 'east', 'west', 'gulf', 'coast', 'island', 'islands', 'valley', 'bay', 'ocean', 'desert', 'peninsula',
  'strait', 'canal', 'beach', 'park', 'square', 'avenue', 'holdings', 'partners', 'capital', 'technologies', 'networks', 'magazine', 'journal', 'daily', 'herald', 'tribune',
  'taliban', 'al-qaida', 'al-qaeda', 'isis', 'isil', 'is', 'cnn', 'bbc', 'ria', 'novosti', 'tass', 'afp', 'ap',
]);

/** Nouns for organisations that may speak when written in lower case ("the Russian foreign ministry said"). */
export const SPEAKING_ORG_NOUNS = [
  'ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'state department', 'department', 'government',
  'office', 'embassy', 'kremlin', 'white house', 'pentagon', 'police', 'army', 'military', 'council', 'committee',
  'commission', 'agency', 'company', 'spokesman', 'spokeswoman', 'spokesperson', 'statement',
];

/** Verbs that introduce speech, in the forms news uses. */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'insisted', 'insists', 'explained',
  'noted', 'notes', 'warned', 'warns', 'argued', 'argues', 'declared', 'announced', 'stated', 'states', 'wrote',
  'writes', 'continued', 'replied', 'responded', 'claimed', 'claims', 'asked', 'recalled', 'emphasised', 'emphasized',
  'reiterated', 'acknowledged', 'admitted', 'confirmed', 'commented', 'remarked', 'tweeted', 'posted', 'testified',
  'urged', 'predicted', 'suggested', 'concluded', 'observed', 'pointed out', 'went on', 'quipped', 'joked',
];

/** Regex alternation of speech verbs. */
export const SPEECH_VERB_PATTERN = SPEECH_VERBS.map((v) => v.replace(/\s/g, '\\s+')).join('|');

/**
 * Communication verbs that attribute a direct quote, as bases: each is read in its
 * past, present (third person) and -ing forms (`verbForms`). Wider than `SPEECH_VERBS`
 * (gushed, fumed, implored, emailed, tweeted, exclaimed, quipped, conceded, interjected
 * ...): next to a quotation nearly any verb of saying, writing or feeling aloud attributes
 * it, while the same verbs elsewhere rarely report a claim.
 */
const COMMUNICATION_BASES = [
  'say', 'tell', 'add', 'stress', 'insist', 'explain', 'note', 'warn', 'argue', 'declare', 'announce', 'state', 'write',
  'continue', 'reply', 'respond', 'claim', 'ask', 'recall', 'emphasise', 'emphasize', 'reiterate', 'acknowledge', 'admit',
  'confirm', 'comment', 'remark', 'tweet', 'post', 'testify', 'urge', 'predict', 'suggest', 'conclude', 'observe', 'joke',
  'quip', 'gush', 'fume', 'implore', 'email', 'e-mail', 'text', 'exclaim', 'concede', 'interject', 'shout', 'scream', 'yell',
  'cry', 'sob', 'whisper', 'mutter', 'mumble', 'murmur', 'sigh', 'laugh', 'chuckle', 'grin', 'smile', 'snap', 'snarl',
  'growl', 'bark', 'boast', 'brag', 'complain', 'grumble', 'lament', 'protest', 'object', 'retort', 'counter', 'rejoin',
  'answer', 'inquire', 'enquire', 'wonder', 'muse', 'marvel', 'rave', 'enthuse', 'crow', 'cheer', 'exult', 'rejoice',
  'plead', 'beg', 'demand', 'command', 'instruct', 'advise', 'caution', 'recommend', 'propose', 'promise', 'vow',
  'pledge', 'swear', 'assure', 'reassure', 'affirm', 'assert', 'maintain', 'contend', 'allege', 'accuse',
  'blast', 'slam', 'criticise', 'criticize', 'scoff', 'sneer', 'mock', 'taunt', 'tease', 'chide', 'scold',
  'rebuke', 'reproach', 'chastise', 'lecture', 'preach', 'proclaim', 'pronounce', 'report', 'relate', 'recount', 'describe',
  'disclose', 'reveal', 'divulge', 'confide', 'confess', 'agree', 'concur', 'disagree', 'deny', 'dispute',
  'question', 'query', 'challenge', 'interrupt', 'intervene', 'begin', 'go on', 'conclude', 'finish', 'summarise',
  'summarize', 'elaborate', 'clarify', 'specify', 'point out', 'indicate', 'hint', 'imply', 'speculate', 'guess',
  'reckon', 'estimate', 'calculate', 'pray',
  'sing', 'chant', 'recite', 'read out', 'announce', 'broadcast', 'message', 'cable', 'wire', 'fax', 'blog', 'post',
  'explode', 'erupt', 'thunder', 'roar', 'bellow', 'howl', 'wail', 'moan', 'groan', 'whine', 'whimper', 'stammer',
  'stutter', 'gasp', 'breathe', 'hiss', 'purr', 'coo', 'drawl', 'chirp', 'pipe up', 'chime in', 'butt in', 'weigh in',
  'sum up', 'spell out', 'shoot back', 'fire back', 'hit back', 'write back', 'cry out', 'speak', 'declare',
  'stipulate', 'decree', 'rule', 'opine', 'posit', 'theorise', 'theorize', 'volunteer', 'greet', 'toast',
  'salute', 'thank', 'apologise', 'apologize', 'congratulate', 'welcome', 'gloat', 'taunt', 'jest', 
  'cite', 'recap', 'repeat', 'echo', 'parrot', 'reaffirm', 'restate', 'underline', 'underscore', 'highlight',
];

/** Irregular and doubled-consonant forms the suffix rules below would get wrong. */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'writes', 'writing', 'written'],
  swear: ['swore', 'swears', 'swearing', 'sworn'], begin: ['began', 'begins', 'beginning'], think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'], speak: ['spoke', 'speaks', 'speaking'], sing: ['sang', 'sings', 'singing'],
  find: ['found', 'finds', 'finding'], read: ['read', 'reads', 'reading'], shoot: ['shot', 'shoots', 'shooting'],
  hit: ['hit', 'hits', 'hitting'], quip: ['quipped', 'quips', 'quipping'], snap: ['snapped', 'snaps', 'snapping'],
  kid: ['kidded', 'kids', 'kidding'], rib: ['ribbed', 'ribs', 'ribbing'], josh: ['joshed', 'joshes', 'joshing'],
  grin: ['grinned', 'grins', 'grinning'], plead: ['pleaded', 'pled', 'pleads', 'pleading'], broadcast: ['broadcast', 'broadcasts', 'broadcasting'],
  go: ['went', 'goes', 'going'], sob: ['sobbed', 'sobs', 'sobbing'], beg: ['begged', 'begs', 'begging'], chat: ['chatted', 'chats', 'chatting'],
  fax: ['faxed', 'faxes', 'faxing'], hiss: ['hissed', 'hisses', 'hissing'], stress: ['stressed', 'stresses', 'stressing'],
  cry: ['cried', 'cries', 'crying'], reply: ['replied', 'replies', 'replying'], testify: ['testified', 'testifies', 'testifying'],
  query: ['queried', 'queries', 'querying'], clarify: ['clarified', 'clarifies', 'clarifying'], specify: ['specified', 'specifies', 'specifying'],
  imply: ['implied', 'implies', 'implying'], deny: ['denied', 'denies', 'denying'], underline: ['underlined', 'underlines', 'underlining'],
  echo: ['echoed', 'echoes', 'echoing'], text: ['texted', 'texts', 'texting'], boast: ['boasted', 'boasts', 'boasting'],
  gush: ['gushed', 'gushes', 'gushing'], wish: ['wished', 'wishes', 'wishing'], preach: ['preached', 'preaches', 'preaching'],
  approach: ['approached', 'approaches', 'approaching'], sigh: ['sighed', 'sighs', 'sighing'], crow: ['crowed', 'crows', 'crowing'],
  coo: ['cooed', 'coos', 'cooing'], wail: ['wailed', 'wails', 'wailing'], howl: ['howled', 'howls', 'howling'],
  summarise: ['summarised', 'summarises', 'summarising'], summarize: ['summarized', 'summarizes', 'summarizing'],
  admit: ['admitted', 'admits', 'admitting'], concur: ['concurred', 'concurs', 'concurring'], slam: ['slammed', 'slams', 'slamming'],
  blog: ['blogged', 'blogs', 'blogging'], brag: ['bragged', 'brags', 'bragging'], recap: ['recapped', 'recaps', 'recapping'],
  sum: ['summed', 'sums', 'summing'], marvel: ['marvelled', 'marveled', 'marvels', 'marvelling', 'marveling'], jest: ['jested', 'jests', 'jesting'],
};

/** The past, present and -ing forms of a verb base ("implore" → implored, implores, imploring). */
export function verbForms(base: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const irregular = IRREGULAR_FORMS[head];
  if (irregular) return irregular.map((f) => `${f}${tail}`);
  const vowelY = /[aeiou]y$/.test(head);
  const past = head.endsWith('e') ? `${head}d` : head.endsWith('y') && !vowelY ? `${head.slice(0, -1)}ied` : `${head}ed`;
  const third = /(?:s|sh|ch|x|z)$/.test(head) ? `${head}es` : head.endsWith('y') && !vowelY ? `${head.slice(0, -1)}ies` : `${head}s`;
  const ing = head.endsWith('ee') ? `${head}ing` : head.endsWith('e') ? `${head.slice(0, -1)}ing` : `${head}ing`;
  return [past, third, ing].map((f) => `${f}${tail}`);
}

/** Every form of every communication verb, longest first (so "pointed out" wins over "pointed"). */
export const COMMUNICATION_VERBS: readonly string[] = [...new Set(COMMUNICATION_BASES.flatMap(verbForms))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** The forms of `COMMUNICATION_VERBS` a quote's own attribution uses (past and present, not -ing). */
export const ATTRIBUTION_VERBS: readonly string[] = COMMUNICATION_VERBS.filter((v) => !/ing(?:\s|$)/.test(v) || v === 'saying');

/** Regex alternation of `ATTRIBUTION_VERBS` (multi-word verbs allow any spacing). */
export const ATTRIBUTION_VERB_PATTERN = ATTRIBUTION_VERBS.map((v) => v.replace(/\s/g, '\\s+')).join('|');

/** Verbs that report a claim in indirect speech (a subset: "urged" takes an infinitive, not a claim). */
export const CLAIM_VERBS = ['said', 'says', 'told', 'tells', 'added', 'stressed', 'insisted', 'insists', 'warned', 'argued', 'declared', 'announced', 'stated', 'claimed', 'claims', 'noted', 'confirmed', 'acknowledged', 'admitted', 'reiterated'];

/** Personal pronouns that can stand for a speaker, and what they may refer to. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'organisation' | 'group'>> = {
  he: 'person', she: 'person', it: 'organisation', they: 'group',
};

/** Heads that are also adjectives ("official", "chief", "general"): a head only at the end or before "of". */
const ADJECTIVE_HEADS = new Set(['official', 'chief', 'general', 'head', 'leader']);

const HEADS_LONGEST_FIRST = [...OFFICE_HEADS, ...PHRASE_OFFICE_HEADS].sort((a, b) => b[0].length - a[0].length);

/** The office class and matched head of a title phrase, or undefined when it names no office. */
export function officeOf(title: string): { head: string; cls: string } | undefined {
  // Possessives off, so "Sheriff's Deputy" names the sheriff's office (whose deputy the title reader finds).
  const folded = ` ${foldCase(title).replace(/\s+/g, ' ').replace(/['’]s(?=[\s,])/g, '')} `;
  const last = folded.trim().split(' ').pop();
  let best: { head: string; cls: string; end: number } | undefined;
  for (const [head, cls] of HEADS_LONGEST_FIRST) {
    // Vague heads are adjectives before a noun ("her official biography", "the chief executive"): only last words count.
    if (ADJECTIVE_HEADS.has(head) && last !== head && last !== `${head},` && !folded.includes(` ${head} of `)) continue;
    const at = Math.max(folded.lastIndexOf(` ${head} `), folded.lastIndexOf(` ${head},`));
    // The head noun is the last office word ("the president's spokesman" is a spokesman); of two ending together, the longer.
    if (at >= 0 && (!best || at + head.length > best.end)) best = { head, cls, end: at + head.length };
  }
  return best && { head: best.head, cls: best.cls };
}

/** Capitals and seats of power that news uses for governments ("Moscow said"), by country key. */
export const METONYMS: Readonly<Record<string, string>> = {
  moscow: 'ru', kremlin: 'ru', washington: 'us', 'white house': 'us', pentagon: 'us', beijing: 'cn', london: 'gb',
  'downing street': 'gb', paris: 'fr', elysee: 'fr', berlin: 'de', tehran: 'ir', damascus: 'sy', ankara: 'tr',
  riyadh: 'sa', jerusalem: 'il', tokyo: 'jp', pyongyang: 'kp', seoul: 'kr', kiev: 'ua', kyiv: 'ua', brussels: 'eu',
  baghdad: 'iq', cairo: 'eg', kabul: 'af', islamabad: 'pk', 'new delhi': 'in', ottawa: 'ca', canberra: 'au', rome: 'it',
  madrid: 'es', 'vatican': 'va',
};
