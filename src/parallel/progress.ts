/**
 * A progress bar on stderr for long runs: drawn only when stderr is a
 * terminal and not in CI, and only once a run has lasted a second, so short
 * runs and logs stay clean.
 */

/** Something that counts finished units of work. */
export interface Progress {
  tick(units?: number): void;
  /** Clears the bar, if it was drawn. */
  done(): void;
}

/** A progress that draws nothing. */
export const SILENT: Progress = { tick() {}, done() {} };

/** True when a bar may be drawn on `stream`: a terminal, outside CI. */
export function wantsProgress(stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  return stream.isTTY === true && !env.CI;
}

/** Options of a progress bar. */
export interface BarOptions {
  /** Milliseconds before the bar first appears. */
  delayMs?: number;
  /** Milliseconds between redraws. */
  intervalMs?: number;
  width?: number;
  now?: () => number;
}

/** A bar counting `total` units of `label`, drawn on `write` (a terminal). */
export function progressBar(total: number, label: string, write: (text: string) => void, options: BarOptions = {}): Progress {
  const { delayMs = 1000, intervalMs = 100, width = 30, now = Date.now } = options;
  const started = now();
  let count = 0;
  let lastDrawn = -Infinity;
  let drawn = false;
  const draw = () => {
    const share = total > 0 ? Math.min(1, count / total) : 1;
    const filled = Math.round(share * width);
    write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${label} ${Math.round(share * 100)}%`);
    drawn = true;
  };
  return {
    tick(units = 1) {
      count += units;
      const t = now();
      if (t - started < delayMs || t - lastDrawn < intervalMs) return;
      lastDrawn = t;
      draw();
    },
    done() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
