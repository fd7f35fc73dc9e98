/**
 * The public module: the types every rule sees, the small pure helpers
 * that built-in and custom rules share, and the RuleTester their tests use.
 * Rules import only this module.
 */
export type * from './types.js';
export { countInterval, countPolicy, countSource, countsOverlap, describeCount, describeInterval as describeCountInterval, formatNumber, reliablePublication, subjectLabel, summariseCounts } from './rulekit/counts.js';
export type { CountInterval, CountPolicy } from './rulekit/counts.js';
export { alignSpelling, commonWords, containsRun, quoteTokens, wordDiff } from './rulekit/words.js';
export { compareRanks, compareTitles, daysBetween, isUniqueOffice, isVaguerTitle, namesNested, namesSimilar, parseTitleKey } from './rulekit/titles.js';
export { bearingApart, compassPoint, describeLocation, distanceKm, reachKm, relateLocations, type LocationRelation } from './rulekit/places.js';
export { factsInRole, mentionsOf } from './rulekit/groups.js';
export { compareSpellings, describeVariant, isShortForm, isTransliteration, spelledApart, spellingPairs } from './rulekit/names.js';
export type { MisspelledPart, NameShape, Spelling, SpellingPair, SpellingRelation, VariantClass } from './rulekit/names.js';
export { coarser, describeGap, describeInterval, describeIntervalGap, gapDays, granularityRank, impliedStart, overlapAt, parseDuration, weekdayName, weekdayOf, widen } from './rulekit/intervals.js';
export { durationDays, durationInterval } from './rulekit/durations.js';
export { anchorClass, decimalSlip, plausiblySame, classEstimators, describeMeasure, differentEstimators, estimateLike, estimatorOf, sameEstimator, intervalsOverlap, intervalClasses, isMeasureFact, measureInterval, sideBySide, valueClasses } from './rulekit/measures.js';
export type { MeasureFact, MeasureInterval, ValueClass } from './rulekit/measures.js';
export { ruleTester, runRuleCase, textHolding } from './rule-tester.js';
export type { CaseOutcome, ExpectedFinding, InvalidCase, ObservedFinding, RuleTestCase, RuleTests, TestArticle, TestGroup, TesterAssertions, TestRegistrar, ValidCase } from './rule-tester.js';
