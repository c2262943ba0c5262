/**
 * The engine's first analyses in a fresh worker run several times slower than later ones: V8
 * compiles a function to fast code only after it has run many times. A person's first edits after
 * the page opens would pay for that. So, once the editor is up, the worker spends idle time
 * analysing the beginning of the current text until a budget of lines is used up. Each step is
 * one small analysis and requests pause the warm-up, so a request waits for one step at most.
 */
import type { Timers } from './analysisScheduler';
import type { AnalysisInput } from './protocol';

/**
 * Lines analysed in all, once per worker: about 400 runs over a 300-line file. A tenth of that
 * was too little: in Node the first analyses of a 5,000-line file after 40 warm-up steps still
 * threw away optimized code ("wrong map") four times in a row, and none did after 400 steps.
 */
export const WARM_UP_LINE_BUDGET = 120_000;
/** Lines per step, so that one step stays in the milliseconds even for a 5,000-line file. */
export const WARM_UP_STEP_LINES = 300;
/** Pause after a request before warming again: the page is busy showing its reply. */
const RESUME_DELAY_MS = 50;

export interface WarmUp {
  /** The input the next steps analyse: the latest one the page asked about. */
  use(input: AnalysisInput): void;
  /** Starts warming: the editor is up and the page has nothing urgent left to load. */
  start(): void;
  /** Resumes warming after a request, if it has started and budget is left. */
  resume(): void;
  /** Stops stepping until the next `resume`; call when a request arrives. */
  pause(): void;
}

/** The first `lines` lines of `text`, with their line breaks. */
export function leadingLines(text: string, lines: number): { text: string; lines: number } {
  let end = 0;
  let count = 0;
  while (count < lines && end < text.length) {
    const newline = text.indexOf('\n', end);
    end = newline === -1 ? text.length : newline + 1;
    count++;
  }
  return { text: text.slice(0, end), lines: count };
}

export function createWarmUp(analyzeInput: (input: AnalysisInput) => void, timers: Timers): WarmUp {
  let input: AnalysisInput | null = null;
  let started = false;
  let linesLeft = WARM_UP_LINE_BUDGET;
  let pending: unknown = null;

  const schedule = (delayMs: number) => {
    if (pending !== null || !started || linesLeft <= 0 || input === null) return;
    pending = timers.setTimeout(step, delayMs);
  };
  function step(): void {
    pending = null;
    if (input === null) return;
    const slice = leadingLines(input.dockerfile, WARM_UP_STEP_LINES);
    // A very short text counts as a tenth of a step, so that the budget ends after a bounded number of steps.
    linesLeft -= Math.max(slice.lines, WARM_UP_STEP_LINES / 10);
    analyzeInput({ ...input, dockerfile: slice.text });
    schedule(0);
  }

  return {
    use(next) {
      input = next;
    },
    start() {
      started = true;
      schedule(0);
    },
    resume() {
      schedule(RESUME_DELAY_MS);
    },
    pause() {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}
