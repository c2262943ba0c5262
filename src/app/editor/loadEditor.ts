/**
 * When Monaco starts. The HTML preloads its code (vite.config.ts) and the module is imported at
 * once, so that it is evaluated as soon as it has arrived, while the engine worker analyses the
 * text. The editor itself is created only once the first findings are on screen (a visitor sees
 * what is wrong at once), but a slow or broken engine never holds it back for longer than
 * EDITOR_WAIT_CAP_MS.
 */
import { getState, usePlaygroundStore } from '../state/store';

const EDITOR_WAIT_CAP_MS = 1000;

let editorModule: Promise<typeof import('./CodeEditor')> | null = null;

function firstAnalysisShown(): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = () => {};
    // After the next frame has been painted, not merely rendered.
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(resolve, 0));
    };
    if (getState().analysis.status !== 'pending') {
      done();
      return;
    }
    unsubscribe = usePlaygroundStore.subscribe((state) => {
      if (state.analysis.status !== 'pending') done();
    });
    timer = setTimeout(done, EDITOR_WAIT_CAP_MS);
  });
}

export function loadEditorModule(): Promise<typeof import('./CodeEditor')> {
  editorModule ??= Promise.all([import('./CodeEditor'), firstAnalysisShown()]).then(([module]) => module);
  return editorModule;
}
