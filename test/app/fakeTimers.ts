import type { Timers } from '../../src/app/analysis/analysisScheduler';

/** Timers driven by the test: `advance` moves the clock and fires what falls due. */
export function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let pending: { at: number; callback: () => void; handle: number }[] = [];
  let nextHandle = 1;
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      pending.push({ at: now + ms, callback, handle });
      return handle;
    },
    clearTimeout(handle) {
      pending = pending.filter((timer) => timer.handle !== handle);
    },
    advance(ms) {
      now += ms;
      const due = pending.filter((timer) => timer.at <= now);
      pending = pending.filter((timer) => timer.at > now);
      for (const timer of due) timer.callback();
    },
  };
}
