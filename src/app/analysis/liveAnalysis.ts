/**
 * Keeps the findings in step with the workspace: the engine worker starts with the page (before
 * React and long before Monaco), so the first findings can show while the editor still loads.
 */
import { analysisInputOf, getState, setState, usePlaygroundStore, type Workspace } from '../state/store';
import { BROWSER_TIMERS, createAnalysisScheduler } from './analysisScheduler';
import { createEngineClient, type EngineClient } from './engineClient';
import { engineWorker } from './engineWorker';

/** Edits closer together than this are one burst of typing, analysed when it pauses. */
const QUIET_MS = 150;

let client: EngineClient | null = null;

function inputChanged(next: Workspace, previous: Workspace): boolean {
  return (
    next.dockerfile !== previous.dockerfile ||
    next.dockerignore !== previous.dockerignore ||
    next.buildArgs !== previous.buildArgs ||
    next.settings !== previous.settings
  );
}

export function startLiveAnalysis(): EngineClient {
  if (client !== null) return client;
  const engine = createEngineClient(engineWorker, {
    onAnalysis: (result, input) => setState({ analysis: { status: 'done', result, input } }),
    onFailure: (message) => setState({ analysis: { status: 'failed', message } }),
  });
  client = engine;
  const scheduler = createAnalysisScheduler(() => engine.analyze(analysisInputOf(getState())), QUIET_MS, BROWSER_TIMERS);
  engine.analyze(analysisInputOf(getState()));
  engine.call('ruleCatalog', {}).then(
    (ruleCatalog) => setState({ ruleCatalog }),
    (error: unknown) => setState({ analysis: { status: 'failed', message: String(error) } }),
  );
  usePlaygroundStore.subscribe((state, previous) => {
    if (inputChanged(state, previous)) scheduler.edited();
  });
  return engine;
}

/** After the editor mounts, Monaco still renders, tokenizes and starts its own worker for a while. */
const WARM_UP_AFTER_MOUNT_MS = 1000;

/** The editor is up: once it has settled, the worker may spend its idle time warming the engine (warmUp.ts). */
export function allowEngineWarmUp(): void {
  setTimeout(() => {
    engine().call('warmUp', {}).catch(() => {
      // Only speed is at stake; a failing worker reports itself through live analysis.
    });
  }, WARM_UP_AFTER_MOUNT_MS);
}

/** The running engine, for operations other than live analysis (fix all, exports, YAML). */
export function engine(): EngineClient {
  return startLiveAnalysis();
}
