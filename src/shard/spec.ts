/**
 * Splitting a run into shards for a CI matrix: which shard `--shard i/n`
 * names, which stories each shard checks, and what its file is called.
 *
 * Stories are split by size, not by name: extraction time grows with the
 * text, so each story goes, largest first, to the shard with the least text
 * so far (ties: the lower shard number; stories of equal size in id order).
 * Every shard loads the whole input and makes the same split, so every story
 * is checked by exactly one shard; with more shards than stories, the rest
 * check nothing and still write their file.
 */
import { UsageError } from '../errors.js';

/** One shard of a run: shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** What the split needs to know of a story. */
export interface SizedStory {
  id: string;
  /** Characters of text of its articles. */
  chars: number;
}

/** Reads `--shard i/n`; a usage error says what is wrong with it. */
export function parseShardSpec(raw: string): ShardSpec {
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(raw.trim());
  if (!m) throw new UsageError(`--shard takes i/n, the shard this run checks and the number of shards, such as 1/3 (got ${JSON.stringify(raw)})`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new UsageError(`--shard ${raw}: the number of shards must be at least 1`);
  if (index < 1 || index > count) throw new UsageError(`--shard ${raw}: shards are numbered from 1 to ${count}`);
  return { index, count };
}

/**
 * The shard (1-based) of each story, in the order given: largest story
 * first to the shard with the least text so far. Depends only on the
 * stories' ids and sizes, never on the order they are given in.
 */
export function assignShards(stories: readonly SizedStory[], count: number): number[] {
  const load = new Array<number>(count).fill(0);
  const shardOf = new Array<number>(stories.length);
  const bySize = stories.map((s, i) => i).sort((a, b) => stories[b].chars - stories[a].chars || (stories[a].id < stories[b].id ? -1 : stories[a].id > stories[b].id ? 1 : 0));
  for (const i of bySize) {
    let least = 0;
    for (let s = 1; s < count; s++) if (load[s] < load[least]) least = s;
    load[least] += stories[i].chars;
    shardOf[i] = least + 1;
  }
  return shardOf;
}

/** The file a shard writes: `NAME.shard-I-of-N.json`. */
export function shardFileName(name: string, shard: ShardSpec): string {
  return `${name}.shard-${shard.index}-of-${shard.count}.json`;
}

/** Names `merge` takes from a folder: what `shardFileName` writes. */
export const SHARD_FILE_PATTERN = /\.shard-\d+-of-\d+\.json$/;
