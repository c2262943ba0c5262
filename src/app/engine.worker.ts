/** Runs the engine off the main thread so typing never waits for analysis. */
import { analyze } from '../engine/index';
import type { AnalysisRequest, AnalysisResponse } from './engineProtocol';

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const { id, text } = event.data;
  let response: AnalysisResponse;
  try {
    response = { id, ok: true, diagnostics: analyze(text).diagnostics };
  } catch (error) {
    // An engine bug must show up in the page instead of leaving stale findings on screen.
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
