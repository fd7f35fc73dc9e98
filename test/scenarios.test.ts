import test from 'ava';
import { runScenario, scenarioFolders } from './helpers/scenario.js';

/** Folders whose own runner already asserts the scenario (plus more), so they are not run twice. */
const RUN_ELSEWHERE = ['test/fixtures/counts/'];

for (const folder of scenarioFolders('test/fixtures').filter((f) => !RUN_ELSEWHERE.some((prefix) => `${f}/`.startsWith(prefix)))) {
  test(`scenario ${folder}`, (t) => {
    const { problems } = runScenario(folder);
    t.deepEqual(problems, []);
  });
}
