import test from 'ava';
import { runScenario, scenarioFolders } from './helpers/scenario.js';

for (const folder of scenarioFolders('test/fixtures')) {
  test(`scenario ${folder}`, (t) => {
    const { problems } = runScenario(folder);
    t.deepEqual(problems, []);
  });
}
