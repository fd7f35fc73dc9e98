/**
 * `node --import tsx test/bench/rules-stage.ts [--vs DIST] [--passes N]`:
 * the rules stage alone on all of ECB+. The pipeline runs once to capture
 * each story's rule input (articles, facts, groups); then the built-in rules
 * run over all of them N times (default 15), after three unmeasured passes,
 * and the median and least wall and CPU times of a pass are printed.
 *
 * `--vs DIST` also times the rule engine of another build (a `dist/` folder
 * of an older commit) on the same inputs, in alternate passes, so that the
 * drift of a busy machine falls on both alike.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Article, Fact, FactGroup, Rule } from '../../src/types.js';
import { loadPaths } from '../../src/load/loader.js';
import { runPipeline } from '../../src/pipeline.js';
import { ruleSettings } from '../../src/config.js';
import { BUILTIN_RULES } from '../../src/engine/builtin.js';
import { RuleRun, type RuleSetting, type StoryRuleInput } from '../../src/engine/run-rules.js';
import { findEcbPlus } from './corpus.js';
import { cpuMs, median } from './stats.js';

/** One pass of a rule engine over every story's input: the number of findings it made. */
type Pass = (inputs: readonly StoryRuleInput[]) => number;

/** The engine of this source tree: one `RuleRun` per pass, as one `check` makes. */
function thisEngine(): Pass {
  const settings = ruleSettings(BUILTIN_RULES, { rules: {} });
  return (inputs) => {
    const run = new RuleRun(BUILTIN_RULES, settings);
    return inputs.reduce((n, input) => n + run.story(input).findings.length, 0);
  };
}

/** The engine of another build: its `RuleRun` when it has one, else its `runRules` per story. */
async function otherEngine(dist: string): Promise<Pass> {
  const at = (path: string) => import(pathToFileURL(resolve(dist, path)).href);
  const engine = await at('src/engine/run-rules.js');
  const { BUILTIN_RULES: rules } = (await at('src/engine/builtin.js')) as { BUILTIN_RULES: Rule[] };
  const settings = ((await at('src/config.js')) as { ruleSettings: typeof ruleSettings }).ruleSettings(rules, { rules: {} }) as ReadonlyMap<string, RuleSetting>;
  if (engine.RuleRun) {
    return (inputs) => {
      const run = new engine.RuleRun(rules, settings);
      return inputs.reduce((n, input) => n + run.story(input).findings.length, 0);
    };
  }
  return (inputs) => inputs.reduce((n, input) => n + engine.runRules(rules, settings, input).findings.length, 0);
}

/** Every story's rule input, captured from one pipeline run. */
function ruleInputs(corpus: string): StoryRuleInput[] {
  const loaded = loadPaths([corpus], { cwd: process.cwd() });
  const inputs: StoryRuleInput[] = [];
  let groups: FactGroup[] = [];
  runPipeline(loaded.stories, {
    rules: BUILTIN_RULES,
    settings: ruleSettings(BUILTIN_RULES, { rules: {} }),
    toolVersion: 'bench',
    onStage: (stage, run) => {
      const out = run();
      if (stage === 'align') groups = out as FactGroup[];
      return out;
    },
    stages: {
      judge: (story, facts: readonly Fact[], run) => {
        const outcome = run();
        inputs.push({ story: story.id, articles: new Map(story.articles.map((a: Article) => [a.id, a] as const)), facts, groups });
        return outcome;
      },
    },
  });
  return inputs;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const vs = args.includes('--vs') ? args[args.indexOf('--vs') + 1] : undefined;
  const passes = args.includes('--passes') ? Number(args[args.indexOf('--passes') + 1]) : 15;
  const corpus = findEcbPlus(resolve('.'));
  if (!corpus) throw new Error('the ECB+ corpus was not found (set CROSSCHECK_ECBPLUS)');
  const inputs = ruleInputs(corpus);
  const engines: [string, Pass][] = [['this tree', thisEngine()], ...(vs ? [[vs, await otherEngine(vs)] as [string, Pass]] : [])];
  const times = engines.map(() => ({ wall: [] as number[], cpu: [] as number[], findings: 0 }));
  for (let p = -3; p < passes; p++) {
    // Alternate which engine goes first, so neither always runs on a warmer machine.
    const order = p % 2 === 0 ? engines.map((_, i) => i) : engines.map((_, i) => engines.length - 1 - i);
    for (const i of order) {
      const [wall0, cpu0] = [performance.now(), cpuMs()];
      times[i].findings = engines[i][1](inputs);
      if (p >= 0) {
        times[i].wall.push(performance.now() - wall0);
        times[i].cpu.push(cpuMs() - cpu0);
      }
    }
  }
  process.stdout.write(`rules stage on ${inputs.length} stories of ${corpus}, ${passes} passes each\n`);
  engines.forEach(([name], i) => {
    const t = times[i];
    process.stdout.write(`${name}: ${t.findings} findings; wall median ${median(t.wall).toFixed(0)} ms (least ${Math.min(...t.wall).toFixed(0)}); CPU median ${median(t.cpu).toFixed(0)} ms (least ${Math.min(...t.cpu).toFixed(0)})\n`);
  });
}

await main();
