/**
 * Preloaded into a spawned CLI by the benchmark (`node --import`): on exit,
 * writes the process's CPU time (all threads, user + system) to the file
 * named by CROSSCHECK_BENCH_CPU, so CLI runs can be compared by CPU time as
 * well as by wall time on a busy machine.
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.CROSSCHECK_BENCH_CPU;
  if (file) writeFileSync(file, JSON.stringify(process.cpuUsage()));
});
