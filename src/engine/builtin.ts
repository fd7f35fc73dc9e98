/**
 * The built-in rules, one file each in `rules/`. Static imports keep start-up
 * fast; a test checks that every file in `rules/` is listed here.
 */
import type { Rule } from '../types.js';
import * as dateAgreement from '../../rules/date-agreement.js';
import * as dateDuration from '../../rules/date-duration.js';
import * as dateWeekday from '../../rules/date-weekday.js';

/** Every built-in rule, sorted by id. */
export const BUILTIN_RULES: readonly Rule[] = [dateAgreement, dateDuration, dateWeekday].map((m) => ({ meta: m.meta, check: m.check }) as Rule).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
