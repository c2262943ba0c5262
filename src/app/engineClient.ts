/** The page's handle on the analysis worker. */
import type { Diagnostic } from '../engine/index';
import type { AnalysisRequest, AnalysisResponse } from './engineProtocol';

export interface AnalysisListener {
  onDiagnostics(diagnostics: Diagnostic[]): void;
  onFailure(message: string): void;
}

export interface EngineClient {
  /** Queues `text` for analysis; only the reply to the latest call reaches the listener. */
  analyze(text: string): void;
  dispose(): void;
}

export function createEngineClient(listener: AnalysisListener): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'shipshape-engine',
  });
  let latestRequestId = 0;

  worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
    const response = event.data;
    // Replies arrive in order, so an older id means newer text is already being analysed.
    if (response.id !== latestRequestId) return;
    if (response.ok) listener.onDiagnostics(response.diagnostics);
    else listener.onFailure(response.message);
  });
  worker.addEventListener('error', (event) => {
    listener.onFailure(event.message || 'The analysis worker could not start.');
  });

  return {
    analyze(text) {
      latestRequestId += 1;
      const request: AnalysisRequest = { id: latestRequestId, text };
      worker.postMessage(request);
    },
    dispose() {
      worker.terminate();
    },
  };
}
