import test from 'ava';
import { readFileSync } from 'node:fs';
import { loadPaths } from '../src/load/loader.js';
import { dateStory } from '../src/date/index.js';
import { factsOfArticle } from '../src/pipeline.js';

for (const folder of ['seeds', 'test/fixtures/ecbplus-sample', 'test/fixtures/formats']) {
  test(`every fact's text is its span's slice of the file: ${folder}`, (t) => {
    const { stories } = loadPaths([folder], { cwd: process.cwd() });
    let checked = 0;
    for (const story of stories) {
      for (const article of dateStory(story.articles)) {
        const file = article.format === 'json' || article.format === 'jsonl' ? article.text : readFileSync(article.path, 'utf8').replace(/^\uFEFF/, '');
        for (const fact of factsOfArticle(article, [])) {
          checked++;
          t.true(fact.span.start >= 0 && fact.span.end <= file.length && fact.span.start < fact.span.end, fact.id);
          t.is(file.slice(fact.span.start, fact.span.end), fact.text, fact.id);
          t.true(fact.sentence.start <= fact.span.start && fact.span.start < fact.sentence.end, `${fact.id} starts inside its sentence`);
        }
      }
    }
    t.true(checked > 0);
  });
}
