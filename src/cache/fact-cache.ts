/**
 * A fact cache on disk: the publication dates and facts of articles, keyed by
 * the content they depend on and by the fingerprint of the extraction code.
 *
 * - Facts of an article depend on everything the extractors can read: its
 *   text, id, story, body and boilerplate spans, metadata and its assigned
 *   publication date. The key hashes the whole article *after* dating, so a
 *   publication date inferred from other articles of the story is part of it.
 * - Publication dating may read the whole story, so its result is cached per
 *   story, keyed by every article of the story as loaded (before dating).
 * - Alignment and rules of a story depend on its dated articles (hence its
 *   facts), the rule settings and alignment options, and the code of the
 *   built-in rules: their outcome is cached per story under all of these,
 *   but only when every rule is built in (a custom rule's code is not
 *   fingerprinted) and the story's rules ran without errors.
 *
 * One pack file per story keeps a warm run to a few file reads; a pack keeps
 * only the entries the last run used, so it does not grow without bound.
 * Entries are stored with V8's serializer, which round-trips every value a
 * fact can hold (undefined fields, -0, Infinity) exactly, unlike JSON.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article, Fact, PublicationDating, RunError } from '../types.js';
import { datePublications } from '../date/index.js';
import { factsOfArticle, type StageProvider, type StoryOutcome } from '../pipeline.js';
import type { Story } from '../load/loader.js';
import { CACHE_FORMAT } from './fingerprint.js';
import { appendAll } from '../util/arrays.js';

/** Folder used by `--cache` without a value, relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.crosscheck-cache';

/** What extraction produced for one article: its facts and the errors of extractors that failed on it. */
export interface Extraction {
  facts: Fact[];
  errors: RunError[];
}

/** The cached results of one story. */
interface Pack {
  format: number;
  fingerprint: string;
  /** Story dating key → the dating stage's result for each article, in article order. */
  dating: Record<string, PublicationDating[]>;
  /** Article key → its extraction. */
  facts: Record<string, Extraction>;
  /** Story outcome key → the groups, findings and errors of alignment and rules. */
  outcomes: Record<string, StoryOutcome>;
}

/** A story's pack as read, and the pack this run will leave behind. */
interface OpenPack {
  file: string;
  read: Pack;
  kept: Pack;
  changed: boolean;
}

/** Hit and miss counts of one run. */
export interface CacheStats {
  hits: number;
  misses: number;
  datingHits: number;
  datingMisses: number;
  storyHits: number;
  storyMisses: number;
}

const sha256 = (parts: readonly string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The stages the cache stands in front of. */
export interface CachedStages {
  date(articles: readonly Article[]): PublicationDating[];
  extract(article: Article, errors: RunError[]): Fact[];
}

/** Options of a fact cache. */
export interface FactCacheOptions {
  /**
   * Everything besides the articles that alignment and rules depend on (rule
   * settings, alignment options), as one string; leave it out to never cache
   * story outcomes (e.g. when custom rules run).
   */
  outcomeKey?: string;
  /** The stages the cache stands in front of; tests may pass counting doubles. */
  stages?: CachedStages;
}

/** A fact cache in one folder, for one code fingerprint. Use it as the pipeline's stage provider, then `save()`. */
export class FactCache implements Required<StageProvider> {
  readonly stats: CacheStats = { hits: 0, misses: 0, datingHits: 0, datingMisses: 0, storyHits: 0, storyMisses: 0 };
  private readonly packs = new Map<string, OpenPack>();
  private readonly keys = new WeakMap<Article, string>();

  private readonly stages: CachedStages;
  private readonly outcomeKey?: string;
  private outcomesUnsafe = false;

  constructor(
    readonly dir: string,
    readonly fingerprint: string,
    options: FactCacheOptions = {},
  ) {
    this.stages = options.stages ?? { date: datePublications, extract: factsOfArticle };
    this.outcomeKey = options.outcomeKey;
  }

  /** The publication dates of one story's articles, from the cache when the story is unchanged. */
  date(articles: readonly Article[]): PublicationDating[] {
    if (articles.length === 0) return [];
    const key = this.datingKey(articles);
    const cached = this.recallDating(articles, key);
    if (cached) return cached;
    const dating = this.stages.date(articles);
    this.storeDating(articles, key, dating);
    return dating;
  }

  /** Key of a story's dating: the code fingerprint and every article of the story as loaded (before dating). */
  datingKey(articles: readonly Article[]): string {
    return sha256([this.fingerprint, ...articles.map((a) => JSON.stringify(a))]);
  }

  /** The cached publication dates of a story (counted as a hit or a miss); undefined when they are not cached. */
  recallDating(articles: readonly Article[], key: string): PublicationDating[] | undefined {
    if (articles.length === 0) return [];
    const pack = this.open(articles[0].story);
    const cached = pack.read.dating[key] ?? pack.kept.dating[key];
    if (!cached || cached.length !== articles.length) {
      this.stats.datingMisses++;
      return undefined;
    }
    this.stats.datingHits++;
    pack.kept.dating[key] = cached;
    return cached;
  }

  /** Records the dating of a story; `key` is its `datingKey` (of the articles as loaded). */
  storeDating(articles: readonly Article[], key: string, dating: readonly PublicationDating[]): void {
    if (articles.length === 0) return;
    const pack = this.open(articles[0].story);
    pack.kept.dating[key] = [...dating];
    pack.changed = true;
  }

  /** The cached extraction of a dated article, or undefined (counted as a hit or a miss). */
  lookup(article: Article): Extraction | undefined {
    const pack = this.open(article.story);
    const key = this.keyOf(article);
    const hit = pack.read.facts[key] ?? pack.kept.facts[key];
    if (!hit) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    pack.kept.facts[key] = hit;
    return hit;
  }

  /** Records the extraction of a dated article. */
  store(article: Article, extraction: Extraction): void {
    const pack = this.open(article.story);
    pack.kept.facts[this.keyOf(article)] = extraction;
    pack.changed = true;
  }

  /** The facts of a dated article: cached, or extracted and stored. Extractor errors are replayed into `errors`. */
  extract(article: Article, errors: RunError[]): Fact[] {
    let extraction = this.lookup(article);
    if (!extraction) {
      const own: RunError[] = [];
      extraction = { facts: this.stages.extract(article, own), errors: own };
      this.store(article, extraction);
    }
    appendAll(errors, extraction.errors);
    return extraction.facts;
  }

  /**
   * The alignment and rule outcome of a dated story: recalled, or computed with
   * `run` and stored when it had no errors. After the first outcome with errors
   * the cache stands aside for the rest of the run: a rule stopped by its time
   * limit is skipped for later stories too, so their outcomes are incomplete
   * without saying so, and must neither be stored nor be replaced by complete ones.
   */
  judge(story: Story, _facts: readonly unknown[], run: () => StoryOutcome): StoryOutcome {
    if (this.outcomeKey === undefined || this.outcomesUnsafe || story.articles.length === 0) return run();
    const pack = this.open(story.id);
    const key = sha256([this.fingerprint, this.outcomeKey, story.id, ...story.articles.map((a) => this.keyOf(a))]);
    const hit = pack.read.outcomes[key] ?? pack.kept.outcomes[key];
    if (hit) {
      this.stats.storyHits++;
      pack.kept.outcomes[key] = hit;
      return hit;
    }
    this.stats.storyMisses++;
    const outcome = run();
    // Errors may be transient (a rule over its time limit): such outcomes are not kept.
    if (outcome.errors.length > 0) this.outcomesUnsafe = true;
    else {
      pack.kept.outcomes[key] = outcome;
      pack.changed = true;
    }
    return outcome;
  }

  /** Writes the packs this run changed or pruned. Atomic per pack (write, then rename). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    // Tell backup tools and git that this folder is disposable.
    writeFileSync(join(this.dir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# crosscheck fact cache; safe to delete.\n');
    writeFileSync(join(this.dir, '.gitignore'), '*\n');
    for (const pack of this.packs.values()) {
      const sizes = (p: Pack) => [p.facts, p.dating, p.outcomes].map((r) => Object.keys(r).length).join();
      const pruned = sizes(pack.kept) !== sizes(pack.read);
      if (!pack.changed && !pruned) continue;
      const temp = `${pack.file}.${process.pid}.tmp`;
      writeFileSync(temp, serialize(pack.kept));
      renameSync(temp, pack.file);
    }
  }

  /** Key of a dated article: the code fingerprint and every field of the article. */
  private keyOf(article: Article): string {
    let key = this.keys.get(article);
    if (!key) this.keys.set(article, (key = sha256([this.fingerprint, JSON.stringify(article)])));
    return key;
  }

  /** The pack of a story, read on first use; unreadable or outdated packs count as empty. */
  private open(story: string): OpenPack {
    let pack = this.packs.get(story);
    if (pack) return pack;
    const file = join(this.dir, `${sha256([story]).slice(0, 32)}.pack`);
    const empty = (): Pack => ({ format: CACHE_FORMAT, fingerprint: this.fingerprint, dating: {}, facts: {}, outcomes: {} });
    let read = empty();
    try {
      const stored = deserialize(readFileSync(file)) as Pack;
      if (stored && stored.format === CACHE_FORMAT && stored.fingerprint === this.fingerprint && stored.facts && stored.dating && stored.outcomes) read = stored;
    } catch {
      // missing or unreadable: start empty
    }
    pack = { file, read, kept: empty(), changed: false };
    this.packs.set(story, pack);
    return pack;
  }
}
