import { describe, expect, it } from 'vitest';
import { createAnalysisScheduler } from '../../src/app/analysis/analysisScheduler';
import { fakeTimers } from './fakeTimers';

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
