/**
 * Writes the large inputs of `docs/performance.md` to a folder, for timing
 * the built CLI on them by hand (`/usr/bin/time -v node dist/src/cli.js
 * check <folder>`): one story folder per long article, and one with a
 * `.jsonl` feed of one-line records.
 *
 *   node --import tsx test/bench/write-inputs.ts <folder> [--sentences 5000,10000,50000] [--records 130000]
 *
 * Same arguments, same files (see `long-article.ts` and `feed.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePool } from './article-scaling.js';
import { feed } from './feed.js';
import { longArticle } from './long-article.js';

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

function main(): void {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    process.stderr.write('usage: write-inputs.ts <folder> [--sentences 5000,10000,50000] [--records 130000]\n');
    process.exitCode = 2;
    return;
  }
  const sizes = option(args, '--sentences', '5000,10000,50000').split(',').map(Number).filter((n) => n > 0);
  const records = Number(option(args, '--records', '130000'));
  const { pool, source } = articlePool();
  process.stderr.write(`write-inputs: ${source}\n`);
  for (const n of sizes) {
    const dir = join(out, `article-${n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'long.txt'), longArticle(pool, n));
    process.stdout.write(`${dir}\n`);
  }
  if (records > 0) {
    const dir = join(out, `feed-${records}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'feed.jsonl'), feed(pool, records));
    process.stdout.write(`${dir}\n`);
  }
}

main();
