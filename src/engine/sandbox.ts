/**
 * The time limit of rules. Rule code runs inside `vm` with a `timeout`:
 * Node's watchdog terminates the running JavaScript, which stops even a
 * synchronous `while (true) {}` that a promise race or a timer could never
 * interrupt, and keeps the pipeline synchronous.
 *
 * Every timed call starts a watchdog (about 0.2 ms), which one call per
 * rule per story paid over a thousand times on ECB+; `runTimedJobs` makes
 * one call for all the rules of a story instead, and still gives each rule
 * the whole limit to itself (see there).
 */
import vm from 'node:vm';

/** True for the error `vm` throws when its watchdog stopped a call. */
function isTimeout(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * A `vm` context and the script that calls the work of the moment. Rules
 * are functions of the main realm and never see the context, which holds
 * only the entry point set for each call; a call stopped by its limit leaves
 * it usable. One per run: creating one costs more than a small story's rules.
 */
export class TimedSandbox {
  private readonly context = vm.createContext({});
  private readonly entry = new vm.Script('__crosscheckRun()');

  /** Runs `work` within `timeoutMs`: true when it finished, false when the limit stopped it. Other errors propagate. */
  run(work: () => void, timeoutMs: number): boolean {
    this.context.__crosscheckRun = work;
    try {
      this.entry.runInContext(this.context, { timeout: timeoutMs });
      return true;
    } catch (error) {
      if (isTimeout(error)) return false;
      throw error;
    } finally {
      // The context must not keep the story's facts alive.
      this.context.__crosscheckRun = undefined;
    }
  }
}

/** What `runTimedJobs` runs and whom it tells about jobs that did not finish. */
export interface TimedJobs {
  count: number;
  /** Runs job `i` from its start (it may be run a second time after a stopped batch: it must start afresh). */
  run(i: number): void;
  /** Job `i` ran out of time although it had the whole limit to itself. */
  stopped(i: number): void;
  /** An error escaped job `i` (a terminated call aside); the jobs after it still run. */
  failed(i: number, error: unknown): void;
}

/**
 * Runs jobs `0 .. count-1` in order, in as few timed calls as possible,
 * while every job still gets the whole limit to itself.
 *
 * One call runs the jobs one after the other. When the limit stops it, the
 * jobs before the one it stopped in are kept: each finished within the
 * limit, so alone it would have too. The job it stopped in is the culprit
 * when it was the first of the call (it had the whole limit); otherwise the
 * jobs before it used part of the limit, so it runs again alone, with the
 * whole limit, and is the culprit only if that call is stopped too. The
 * jobs after it run in a new call. So a runaway job costs one limit, and the
 * outcome is the one of one call per job.
 */
export function runTimedJobs(sandbox: TimedSandbox, timeoutMs: number, jobs: TimedJobs): void {
  let next = 0;
  while (next < jobs.count) {
    const first = next;
    const cursor = { at: first };
    let finished: boolean;
    try {
      finished = sandbox.run(() => {
        for (; cursor.at < jobs.count; cursor.at++) jobs.run(cursor.at);
      }, timeoutMs);
    } catch (error) {
      jobs.failed(cursor.at, error);
      next = cursor.at + 1;
      continue;
    }
    // Stopped after the last job had finished: nothing is left to run.
    if (finished || cursor.at >= jobs.count) return;
    const culprit = cursor.at;
    if (culprit !== first) {
      try {
        finished = sandbox.run(() => jobs.run(culprit), timeoutMs);
      } catch (error) {
        jobs.failed(culprit, error);
        finished = true;
      }
    }
    if (!finished) jobs.stopped(culprit);
    next = culprit + 1;
  }
}
