import { useEffect } from 'react';
import { createEngineClient } from './engineClient';
import { usePlaygroundStore } from './store';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const ANALYSIS_DELAY_MS = 150;

/**
 * Keeps the store's findings in step with its text: analyses at once on start, then in the worker
 * once typing pauses. Subscribes outside React so keystrokes re-render nothing here.
 */
export function useLiveAnalysis(): void {
  useEffect(() => {
    const { text, receiveDiagnostics, failAnalysis } = usePlaygroundStore.getState();
    const engine = createEngineClient({ onDiagnostics: receiveDiagnostics, onFailure: failAnalysis });
    engine.analyze(text);

    let pending: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = usePlaygroundStore.subscribe((state, previous) => {
      if (state.text === previous.text) return;
      clearTimeout(pending);
      pending = setTimeout(() => engine.analyze(state.text), ANALYSIS_DELAY_MS);
    });

    return () => {
      unsubscribe();
      clearTimeout(pending);
      engine.dispose();
    };
  }, []);
}
