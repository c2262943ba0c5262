import { describe, expect, it } from 'vitest';
import { createAnalysisScheduler, type Timers } from '../../src/app/analysis/analysisScheduler';

/** Timers driven by the test: `advance` moves the clock and fires what falls due. */
function fakeTimers(): Timers & { advance(ms: number): void } {
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

describe('analysis scheduling', () => {
  it('analyses a lone edit at once', () => {
    const timers = fakeTimers();
    let runs = 0;
    const scheduler = createAnalysisScheduler(() => runs++, 150, timers);
    scheduler.edited();
    expect(runs).toBe(1);
    timers.advance(1000);
    expect(runs).toBe(1);
  });

  it('analyses a burst of typing once more, 150 ms after it pauses', () => {
    const timers = fakeTimers();
    let runs = 0;
    const scheduler = createAnalysisScheduler(() => runs++, 150, timers);
    scheduler.edited();
    for (let key = 0; key < 10; key++) {
      timers.advance(50);
      scheduler.edited();
    }
    expect(runs).toBe(1);
    timers.advance(149);
    expect(runs).toBe(1);
    timers.advance(1);
    expect(runs).toBe(2);
  });

  it('treats an edit after a pause as a new lone edit', () => {
    const timers = fakeTimers();
    let runs = 0;
    const scheduler = createAnalysisScheduler(() => runs++, 150, timers);
    scheduler.edited();
    timers.advance(200);
    scheduler.edited();
    expect(runs).toBe(2);
  });

  it('runs nothing after being disposed', () => {
    const timers = fakeTimers();
    let runs = 0;
    const scheduler = createAnalysisScheduler(() => runs++, 150, timers);
    scheduler.edited();
    scheduler.edited();
    scheduler.dispose();
    timers.advance(1000);
    expect(runs).toBe(1);
  });
});
