/**
 * The built-in rules, one file each in `rules/`. Static imports keep start-up
 * fast; a test checks that every file in `rules/` is listed here.
 */
import type { Rule } from '../types.js';
import * as dateAgreement from '../../rules/date-agreement.js';
import * as countAgreement from '../../rules/count-agreement.js';
import * as countTrend from '../../rules/count-trend.js';
import * as nameSpelling from '../../rules/name-spelling.js';
import * as nameVariant from '../../rules/name-variant.js';
import * as quoteSpeaker from '../../rules/quote-speaker.js';
import * as quoteWording from '../../rules/quote-wording.js';
import * as roleConflict from '../../rules/role-conflict.js';
import * as roleUniqueOffice from '../../rules/role-unique-office.js';
import * as locationAgreement from '../../rules/location-agreement.js';
import * as locationContainment from '../../rules/location-containment.js';
import * as locationPosition from '../../rules/location-position.js';
import * as locationAddress from '../../rules/location-address.js';
import * as dateDuration from '../../rules/date-duration.js';
import * as dateWeekday from '../../rules/date-weekday.js';
import * as measureAgreement from '../../rules/measure-agreement.js';
import * as durationAgreement from '../../rules/duration-agreement.js';

/** The functions a rule module may export besides `meta`: `check` and the hooks. */
export const RULE_FUNCTIONS = ['check', 'checkStory', 'checkArticle'] as const;

/** The rule of a module namespace: its `meta` and whichever rule functions it exports (nothing else it exports). */
export function ruleOfModule(mod: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { meta: mod.meta, ...Object.fromEntries(RULE_FUNCTIONS.filter((f) => f in mod).map((f) => [f, mod[f]])) };
}

/** Every built-in rule, sorted by id. */
export const BUILTIN_RULES: readonly Rule[] = [dateAgreement, countAgreement, countTrend, nameSpelling, nameVariant, quoteSpeaker, quoteWording, roleConflict, roleUniqueOffice, locationAgreement, locationContainment, locationPosition, locationAddress, dateDuration, dateWeekday, measureAgreement, durationAgreement].map((m) => ruleOfModule(m) as unknown as Rule).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
