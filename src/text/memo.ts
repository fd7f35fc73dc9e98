/**
 * Bounded memoisation. Extraction and the rules ask the same questions of
 * the same sentences, names and dates many times over; the answers are kept
 * until a table reaches its size limit, then all are forgotten at once (a run
 * reads story after story, so what is old is rarely asked again).
 */

/** Answers by key, computed once each until the table is full. Callers must not change what they get back. */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V>();

  /** `limit`: how many answers are kept before all are forgotten. */
  constructor(private readonly limit: number) {}

  /** The answer for `key`, from `compute` the first time (`undefined` answers are kept too). */
  get(key: K, compute: () => V): V {
    if (this.answers.has(key)) return this.answers.get(key) as V;
    if (this.answers.size >= this.limit) this.answers.clear();
    const answer = compute();
    this.answers.set(key, answer);
    return answer;
  }
}
