/**
 * package-lock.json describes this package (name, version, bin, engines and
 * dependency ranges of package.json), so `npm ci` then `npm install` leaves
 * the working tree clean.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

test('package-lock.json matches package.json', (t) => {
  const root = lock.packages[''];
  t.is(lock.name, pkg.name);
  t.is(lock.version, pkg.version);
  t.like(root, { name: pkg.name, version: pkg.version, license: pkg.license });
  t.deepEqual(root.bin, pkg.bin);
  t.deepEqual(root.engines, pkg.engines);
  t.deepEqual(root.dependencies, pkg.dependencies);
  t.deepEqual(root.devDependencies, pkg.devDependencies);
});
