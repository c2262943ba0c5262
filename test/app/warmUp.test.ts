import { describe, expect, it } from 'vitest';
import type { AnalysisInput } from '../../src/app/analysis/protocol';
import { createWarmUp, leadingLines, WARM_UP_LINE_BUDGET, WARM_UP_STEP_LINES } from '../../src/app/analysis/warmUp';
import { fakeTimers } from './fakeTimers';

const inputOf = (dockerfile: string): AnalysisInput => ({ dockerfile, dockerignore: '.git\n', buildArgs: { A: '1' }, settings: { enableAll: true } });

/** A Dockerfile of `lines` numbered lines. */
const linesOf = (lines: number): string => Array.from({ length: lines }, (_, index) => `RUN echo ${index + 1}\n`).join('');

function setUp(dockerfile: string) {
  const timers = fakeTimers();
  const analysed: AnalysisInput[] = [];
  const warmUp = createWarmUp((input) => analysed.push(input), timers);
  warmUp.use(inputOf(dockerfile));
  /** Fires due timers until nothing more is due now (steps chain with a 0 ms delay). */
  const settle = (ms = 0) => {
    timers.advance(ms);
    for (let before = -1; before !== analysed.length; ) {
      before = analysed.length;
      timers.advance(0);
    }
  };
  return { warmUp, analysed, settle };
}

describe('leadingLines', () => {
  it('keeps the first lines with their line breaks', () => {
    expect(leadingLines('a\nb\nc\n', 2)).toEqual({ text: 'a\nb\n', lines: 2 });
    expect(leadingLines('a\r\nb', 5)).toEqual({ text: 'a\r\nb', lines: 2 });
    expect(leadingLines('', 3)).toEqual({ text: '', lines: 0 });
  });
});

describe('engine warm-up', () => {
  it('does nothing before the page starts it', () => {
    const { warmUp, analysed, settle } = setUp(linesOf(10));
    warmUp.resume();
    settle(1000);
    expect(analysed).toEqual([]);
  });

  it('analyses the beginning of the latest input, with its settings, until the line budget is spent', () => {
    const { warmUp, analysed, settle } = setUp(linesOf(1000));
    warmUp.start();
    settle();
    expect(analysed).toHaveLength(WARM_UP_LINE_BUDGET / WARM_UP_STEP_LINES);
    expect(analysed[0]).toEqual(inputOf(linesOf(WARM_UP_STEP_LINES)));
    warmUp.resume();
    settle(1000);
    expect(analysed).toHaveLength(WARM_UP_LINE_BUDGET / WARM_UP_STEP_LINES);
  });

  it('stops for a request and goes on with the newest input once the reply is out', () => {
    const { warmUp, analysed, settle } = setUp(linesOf(10));
    warmUp.start();
    warmUp.pause();
    settle(1000);
    expect(analysed).toEqual([]);
    warmUp.use(inputOf('FROM alpine\n'));
    warmUp.resume();
    settle(49);
    expect(analysed).toEqual([]);
    settle(1);
    expect(analysed[0]).toEqual(inputOf('FROM alpine\n'));
  });

  it('ends after a bounded number of steps on a very short text', () => {
    const { warmUp, analysed, settle } = setUp('');
    warmUp.start();
    settle();
    expect(analysed).toHaveLength(WARM_UP_LINE_BUDGET / (WARM_UP_STEP_LINES / 10));
  });
});
