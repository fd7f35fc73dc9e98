/**
 * False-alarm stress test: every TimeBank/AQUAINT article (unrelated news,
 * 1989–2000) checked as ONE story, each with its document creation time as
 * its publication date. Unrelated articles share no event, so every
 * contradiction or warning printed here is a false alarm to look into.
 *
 * Usage: npm run -s eval:false-alarms [-- CORPUS_DIR]   (default ../shared/corpora/timebank beside the project)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/types.js';
import { findBoilerplate } from '../../src/load/boilerplate.js';
import { runPipeline } from '../../src/pipeline.js';
import { BUILTIN_RULES } from '../../src/engine/builtin.js';
import { ruleSettings } from '../../src/config.js';

/** Decodes the few XML entities TimeML uses. */
function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** One TimeML file as an article: the TEXT element without tags, dated by its creation time. */
function articleOf(file: string, id: string): Article | undefined {
  const xml = readFileSync(file, 'utf8');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) return undefined;
  const text = unescapeXml(body[1].replace(/<[^>]+>/g, '')).trim();
  const tag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(tag) ?? /value="(\d{4})(\d{2})(\d{2})/.exec(tag);
  const article: Article = { id, path: file, story: 'timebank', text, format: 'txt', body: { start: 0, end: text.length }, boilerplate: findBoilerplate(text) };
  const published = dct ? (dct.length > 2 ? `${dct[1]}-${dct[2]}-${dct[3]}` : dct[1]) : undefined;
  if (published) Object.assign(article, { published, publishedFrom: 'metadata', publishedConfidence: 'high' });
  return article;
}

function main(): number {
  const explicit = process.argv[2];
  const dir = explicit ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora', 'timebank');
  if (!existsSync(dir)) {
    process.stdout.write(`TimeBank corpus not found at ${dir}; nothing measured.\n`);
    return explicit ? 2 : 0;
  }
  const articles: Article[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(dir, sub)).filter((n) => n.endsWith('.tml')).sort()) {
      const a = articleOf(join(dir, sub, name), name.replace(/\.tml$/, ''));
      if (a) articles.push(a);
    }
  }
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  const report = runPipeline([{ id: 'timebank', path: dir, articles }], { rules: BUILTIN_RULES, settings, toolVersion: 'eval' });
  const alarms = report.findings.filter((f) => f.verdict === 'contradiction' || f.severity !== 'info');
  process.stdout.write(`${articles.length} unrelated articles as one story: ${report.facts.length} facts, ${report.findings.length} findings, ${alarms.length} contradictions or warnings (each is a false alarm)\n`);
  for (const f of alarms) {
    process.stdout.write(`- ${f.rule} (${f.severity}): ${f.message}\n`);
    for (const e of f.evidence) process.stdout.write(`    ${e.article}:${e.line}: ${e.sentenceText.slice(0, 160)}\n`);
  }
  return 0;
}

process.exitCode = main();
