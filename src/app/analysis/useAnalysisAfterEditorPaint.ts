import { useEffect, useState } from 'react';
import { usePlaygroundStore, type AnalysisState } from '../state/store';

/**
 * The analysis that panels and counts show: a new one once the editor has painted its markers for
 * it, since the editor is where the person is typing; the first findings are shown at once. Any
 * text that changed in the same frame as the markers would have Chromium repaint the page around
 * the editor before the markers appear.
 */
export function useAnalysisAfterEditorPaint(): AnalysisState {
  const analysis = usePlaygroundStore((state) => state.analysis);
  const [shown, setShown] = useState(analysis);
  useEffect(() => {
    if (shown === analysis) return;
    if (shown.status === 'pending') {
      setShown(analysis);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Monaco renders markers in an animation frame; what follows this hook updates in a task after that frame.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(analysis), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [analysis, shown]);
  return shown;
}
