/**
 * The story picture rendered the way GitHub renders it: mermaid in headless
 * chromium, offline. Every diagram must render to an SVG without a syntax
 * error, and every label must come out as the text it stands for (so the
 * escaping neither breaks the diagram nor garbles the words). Skipped, with
 * the reason in the test title, where chromium or mermaid is not installed.
 */
import test from 'ava';
import fc from 'fast-check';
import { renderPicture } from '../src/report/picture.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { pipelineOn } from './helpers/run.js';
import { anyPicture } from './helpers/picture-arbitraries.js';
import { browserUnavailable, openMermaidPage, type MermaidPage, type RenderResult } from './helpers/mermaid-browser.js';

const unavailable = browserUnavailable();

/** What the browser shows for a label: Mermaid's `#<code>;` entities decoded, the ends trimmed. */
const shown = (label: string) => label.replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code))).trim();

/** The texts a diagram must show: its title, section names and task labels, entities decoded. */
function expectedTexts(diagram: string): string[] {
  const texts: string[] = [];
  for (const line of diagram.split('\n')) {
    const heading = /^ {4}(?:title|section) (.*)$/.exec(line);
    if (heading) texts.push(shown(heading[1]!));
    // A task line: the label runs up to the last " :", where our task data starts.
    else if (/^ {4}[•◦▪✗✓≈] /.test(line)) texts.push(shown(line.slice(4, line.lastIndexOf(' :'))));
  }
  return texts;
}

/** The problems with one rendering: the error, or each expected text missing from the SVG. */
function problems(diagram: string, r: RenderResult): string[] {
  if (!r.ok) return [`mermaid failed: ${r.error}`];
  const svgText = r.svgText.split('\n').map((s) => s.trim());
  const found: string[] = [];
  if (/syntax error/i.test(r.svgText)) found.push('the SVG is mermaid’s syntax-error picture');
  for (const text of expectedTexts(diagram)) if (!svgText.includes(text)) found.push(`missing from the SVG: ${JSON.stringify(text)}`);
  return found;
}

/** The mermaid blocks of a Markdown report. */
const blocks = (md: string) => [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);

test('where chromium is missing, the browser tests are skipped with a message that names it', (t) => {
  t.is(browserUnavailable('/nonexistent/chromium'), '/nonexistent/chromium is not installed');
});

if (unavailable) {
  test.skip(`the story picture renders in headless chromium (skipped: ${unavailable})`, () => {});
} else {
  let page: MermaidPage | undefined;
  const open = async () => (page ??= await openMermaidPage());
  test.after.always(async () => {
    await page?.close();
  });

  test.serial('the harness reports a broken diagram (an unescaped colon in a label) as a failure', async (t) => {
    const p = await open();
    const broken = 'gantt\n    dateFormat YYYY-MM-DD\n    section A\n    • Kerry: talks :milestone, 2020-01-01, 0d';
    t.notDeepEqual(problems(broken, await p.render(broken)), []);
    const fine = 'gantt\n    dateFormat YYYY-MM-DD\n    section A\n    • Kerry#58; talks :milestone, 2020-01-01, 0d';
    t.deepEqual(problems(fine, await p.render(fine)), []);
  });

  for (const inputs of [['seeds'], ['test/fixtures/ecbplus-showcase/38_2'], ['seeds', 'test/fixtures/ecbplus-sample']]) {
    test.serial(`the pictures of the report on ${inputs.join(' and ')} render, every label intact`, async (t) => {
      const p = await open();
      const diagrams = blocks(formatMarkdown(pipelineOn(inputs)));
      t.true(diagrams.length >= inputs.length, 'one picture per story at least');
      for (const d of diagrams) t.deepEqual(problems(d, await p.render(d)), [], d);
    });
  }

  test.serial('any picture renders, whatever its titles, quotes and names hold, and shows them as written', async (t) => {
    const p = await open();
    await fc.assert(
      fc.asyncProperty(anyPicture, async (picture) => {
        const d = renderPicture(picture);
        if (d === undefined) return true;
        const found = problems(d, await p.render(d));
        if (found.length > 0) t.log(d, found);
        return found.length === 0;
      }),
      { numRuns: 80 },
    );
    t.pass();
  });
}
