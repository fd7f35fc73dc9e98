/**
 * The public module: the types every rule sees, and the small pure helpers
 * that built-in and custom rules share. Rules import only this module.
 */
export type * from './types.js';
export { coarser, describeGap, describeInterval, describeIntervalGap, gapDays, granularityRank, impliedStart, overlapAt, parseDuration, weekdayName, weekdayOf, widen } from './rulekit/intervals.js';
