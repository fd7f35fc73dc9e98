/**
 * Array helpers for lists of any length.
 *
 * A spread in a call (`target.push(...source)`, `Math.max(...values)`)
 * passes every element as a separate argument, and V8 throws "Maximum call
 * stack size exceeded" beyond roughly 120,000 of them. Facts, records and
 * findings have no such bound, so code under `src/` and `rules/` uses these
 * loops instead (a test reads the sources and fails on call spreads).
 */

/** Appends the elements of `source` to `target`, in order, and returns `target`. */
export function appendAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const item of source) target.push(item);
  return target;
}

/** Inserts the elements of `source` at the front of `target`, in their order, and returns `target`. */
export function prependAll<T>(target: T[], source: readonly T[]): T[] {
  const n = source.length;
  if (n === 0) return target;
  // Shift the old elements up once, then fill the front: linear, unlike one `unshift` per element.
  for (let i = target.length - 1; i >= 0; i--) target[i + n] = target[i];
  for (let i = 0; i < n; i++) target[i] = source[i];
  return target;
}

/** The largest of `values`, or `floor` when none is larger (so `maxOf([], 0)` is 0). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let best = floor;
  for (const v of values) if (v > best || Number.isNaN(v)) best = v;
  return best;
}
