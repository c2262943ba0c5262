/**
 * When to re-analyse after an edit. The first edit after a pause is analysed at once, so a single
 * change (a typo fixed, a fix applied) shows its result without delay; edits that follow quickly
 * are analysed together once typing has paused for `quietMs`, so markers do not flicker while a
 * word is being typed.
 */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's (or worker's) own clock and timers; tests pass fake ones. */
export const BROWSER_TIMERS: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AnalysisScheduler {
  /** Call after every edit. */
  edited(): void;
  dispose(): void;
}

export function createAnalysisScheduler(run: () => void, quietMs: number, timers: Timers): AnalysisScheduler {
  let lastEditAt = Number.NEGATIVE_INFINITY;
  let trailing: unknown = null;

  return {
    edited() {
      const now = timers.now();
      const paused = now - lastEditAt >= quietMs;
      lastEditAt = now;
      if (paused && trailing === null) {
        run();
        return;
      }
      if (trailing !== null) timers.clearTimeout(trailing);
      trailing = timers.setTimeout(() => {
        trailing = null;
        run();
      }, quietMs);
    },
    dispose() {
      if (trailing !== null) timers.clearTimeout(trailing);
      trailing = null;
    },
  };
}
