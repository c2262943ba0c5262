/** The page's handle on the analysis worker. */
import type { AnalysisInput, AnalysisResult, OperationName, Operations, WorkerRequest, WorkerResponse } from './protocol';

export interface AnalysisListener {
  onAnalysis(result: AnalysisResult, input: AnalysisInput): void;
  onFailure(message: string): void;
}

type CallableOperation = Exclude<OperationName, 'analyze'>;

export interface EngineClient {
  /**
   * Analyses `input`. At most one analysis is in flight: inputs that arrive meanwhile replace
   * each other, and a reply is delivered only when no newer input is waiting (stale results are dropped).
   */
  analyze(input: AnalysisInput): void;
  call<Name extends CallableOperation>(operation: Name, request: Operations[Name]['request']): Promise<Operations[Name]['result']>;
  dispose(): void;
}

interface PendingCall {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export function createEngineClient(worker: Worker, listener: AnalysisListener): EngineClient {
  let nextId = 1;
  let inFlight: { id: number; input: AnalysisInput } | null = null;
  let waiting: AnalysisInput | null = null;
  const calls = new Map<number, PendingCall>();

  function post(request: WorkerRequest): void {
    worker.postMessage(request);
  }

  function sendAnalysis(input: AnalysisInput): void {
    const id = nextId++;
    inFlight = { id, input };
    post({ id, operation: 'analyze', input });
  }

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    if (inFlight !== null && response.id === inFlight.id) {
      const { input } = inFlight;
      inFlight = null;
      if (waiting !== null) {
        const next = waiting;
        waiting = null;
        sendAnalysis(next);
        return;
      }
      if (response.ok) listener.onAnalysis(response.result as AnalysisResult, input);
      else listener.onFailure(response.message);
      return;
    }
    const call = calls.get(response.id);
    if (call === undefined) return;
    calls.delete(response.id);
    if (response.ok) call.resolve(response.result);
    else call.reject(new Error(response.message));
  });

  worker.addEventListener('error', (event) => {
    const message = event.message || 'The analysis worker could not start.';
    listener.onFailure(message);
    for (const call of calls.values()) call.reject(new Error(message));
    calls.clear();
  });

  return {
    analyze(input) {
      if (inFlight === null) sendAnalysis(input);
      else waiting = input;
    },
    call(operation, request) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        calls.set(id, { resolve: resolve as (result: unknown) => void, reject });
        post({ id, operation, ...request } as WorkerRequest);
      });
    },
    dispose() {
      worker.terminate();
      for (const call of calls.values()) call.reject(new Error('The analysis worker was stopped.'));
      calls.clear();
    },
  };
}
