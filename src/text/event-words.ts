/**
 * Event words: the event classes (`meet`, `kill`, `quake`, ...) a text
 * signals through word stems. Extraction binds facts to them, the dating
 * stage and alignment compare them.
 */
import { BoundedMemo } from './memo.js';
import { foldCase } from './fold.js';

/**
 * Event classes and the word stems that signal them. A word matches a stem when it
 * starts with it (so `bomb` matches bombing, bombers). Order does not matter.
 */
export const EVENT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  meet: ['meet', 'met', 'face-to-face', 'summit', 'encounter'],
  talks: ['talks', 'negotiat', 'conference', 'peace process', 'dialogue', 'geneva process', 'peace plan'],
  call: ['phone', 'call', 'telephone'],
  travel: ['arriv', 'land', 'travel', 'trip', 'visit', 'fly', 'flew', 'flight', 'depart', 'tour', 'stopped in'],
  attack: ['attack', 'bomb', 'strike', 'airstrike', 'air campaign', 'shell', 'assault', 'raid', 'offensive', 'blast', 'explo', 'suicide'],
  war: ['war', 'conflict', 'fighting', 'militancy', 'hostilit', 'uprising', 'insurgen', 'crisis', 'violence', 'rebellion', 'unrest'],
  kill: ['kill', 'died', 'die', 'dead', 'death', 'toll', 'fatalit', 'slain', 'murder', 'lives', 'bodies', 'perish'],
  injure: ['wound', 'injur', 'hurt', 'hospitali'],
  missing: ['missing', 'unaccounted'],
  displace: ['fled', 'flee', 'refugee', 'displace', 'homeless', 'evacuat'],
  ceasefire: ['ceasefire', 'cease-fire', 'truce', 'cessation', 'armistice'],
  quake: ['earthquake', 'quake', 'tremor', 'aftershock', 'magnitude', 'seismic'],
  shoot: ['shoot', 'shot', 'gunm', 'gunfire', 'gunshot'],
  arrest: ['arrest', 'detain', 'custody', 'charged', 'apprehend'],
  fire: ['fire', 'blaze', 'flames', 'burn'],
  crash: ['crash', 'collision', 'collided', 'derail', 'sank', 'capsiz'],
  storm: ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood'],
  election: ['elect', 'vote', 'ballot', 'poll'],
  appoint: ['appoint', 'named', 'nominat', 'hired', 'sworn'],
  resign: ['resign', 'quit', 'stepped down', 'step down', 'fired', 'sacked', 'ousted'],
  rehab: ['rehab'],
  trial: ['trial', 'court', 'sentenc', 'convict', 'verdict', 'acquit', 'plead', 'pleaded', 'lawsuit', 'sued'],
  release: ['releas', 'launch', 'unveil', 'announc'],
  agree: ['agree', 'deal', 'accord', 'treaty', 'pact'],
  birth: ['born', 'birth'],
  marriage: ['married', 'marry', 'wedding', 'engaged'],
};

/** Every stem with its class, indexed by the stem's first letter: a word start is checked only against stems it could begin. */
const STEMS_BY_FIRST_LETTER: ReadonlyMap<string, readonly (readonly [stem: string, cls: string])[]> = (() => {
  const index = new Map<string, [string, string][]>();
  for (const [cls, stems] of Object.entries(EVENT_CLASSES)) {
    for (const stem of stems) {
      const list = index.get(stem[0]) ?? [];
      list.push([stem, cls]);
      index.set(stem[0], list);
    }
  }
  return index;
})();

/** Classes of recent texts: every fact of a clause asks for the same text's classes. */
const recentClasses = new BoundedMemo<string, readonly string[]>(4096);

/**
 * Event classes signalled in `text`, sorted. A stem signals its class when it
 * starts a word or follows any character other than a lowercase ASCII letter
 * ("cease-fire" signals both `ceasefire` and `fire`).
 */
export function eventClasses(text: string): string[] {
  return [...recentClasses.get(text, () => Object.freeze(findEventClasses(text)))];
}

function findEventClasses(text: string): string[] {
  const lower = ` ${foldCase(text)} `;
  const found = new Set<string>();
  for (let i = 1; i < lower.length; i++) {
    const before = lower.charCodeAt(i - 1);
    if (before >= 97 && before <= 122) continue;
    const candidates = STEMS_BY_FIRST_LETTER.get(lower[i]);
    if (!candidates) continue;
    for (const [stem, cls] of candidates) if (!found.has(cls) && lower.startsWith(stem, i)) found.add(cls);
  }
  return [...found].sort();
}
