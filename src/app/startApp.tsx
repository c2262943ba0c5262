/** Everything the page runs at start after the engine worker (main.tsx): state, analysis, React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLiveAnalysis } from './analysis/liveAnalysis';
import { App } from './App';
import { browserStorage, bootstrap } from './bootstrap';
import { loadEditorModule } from './editor/loadEditor';
import { getState } from './state/store';
import { applyThemeToDocument, currentSystemTheme, resolveTheme } from './theme/theme';

bootstrap(browserStorage());
applyThemeToDocument(resolveTheme(getState().theme, currentSystemTheme() === 'dark'));
// The first analysis is requested before React renders, so the findings can beat Monaco to the screen.
startLiveAnalysis();
void loadEditorModule();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
