import { lazy, Suspense, useEffect } from 'react';
import { copyShareLink } from './actions';
import { fetchRuleDocs } from './analysis/ruleDocs';
import { useAnalysisAfterEditorPaint } from './analysis/useAnalysisAfterEditorPaint';
import { Banner, Notice } from './components/Banner';
import { Header } from './components/Header';
import { tabPanelProps, TabList } from './components/Tabs';
import { DialogHost } from './dialogs/DialogHost';
import { loadEditorModule } from './editor/loadEditor';
import { FindingsPanel } from './panels/FindingsPanel';
import type { PanelId } from './share/shareLink';
import { setState, usePlaygroundStore, type DocumentKind } from './state/store';
import { applyThemeToDocument, useResolvedTheme } from './theme/theme';

const CodeEditor = lazy(loadEditorModule);
// Most visits never open these panels; their code loads when they are first shown. The Rules
// panel waits for the rule docs as well: appearing under the rules later, they would push the
// rule a link opened out of view.
const RulesPanel = lazy(() => Promise.all([import('./panels/RulesPanel'), fetchRuleDocs()]).then(([panel]) => panel));
const SettingsPanel = lazy(() => import('./panels/SettingsPanel'));

const DOCUMENT_TABS: { id: DocumentKind; label: string }[] = [
  { id: 'dockerfile', label: 'Dockerfile' },
  { id: 'dockerignore', label: '.dockerignore' },
];

const PANEL_TABS: { id: PanelId; label: string }[] = [
  { id: 'findings', label: 'Findings' },
  { id: 'rules', label: 'Rules' },
  { id: 'settings', label: 'Settings' },
];

function EditorFallback() {
  const activeDocument = usePlaygroundStore((state) => state.activeDocument);
  const text = usePlaygroundStore((state) => state[activeDocument]);
  return (
    <pre className="editor-fallback" aria-busy="true" aria-label="Loading the editor">
      {text}
    </pre>
  );
}

function FindingsTabLabel() {
  const analysis = useAnalysisAfterEditorPaint();
  const count =
    analysis.status === 'done' ? analysis.result.findings.length + analysis.result.diagnostics.length + analysis.result.configErrors.length : null;
  return (
    <>
      Findings{count !== null && <span className="tab-count">{count}</span>}
    </>
  );
}

export function App() {
  const activeDocument = usePlaygroundStore((state) => state.activeDocument);
  const panel = usePlaygroundStore((state) => state.panel);
  const theme = useResolvedTheme();

  useEffect(() => applyThemeToDocument(theme), [theme]);
  useEffect(() => {
    // Ctrl/Cmd+S shares instead of opening the browser's "Save page" dialog, wherever the focus is.
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void copyShareLink();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return (
    <div className="app">
      <Header />
      <Banner />
      <main className="workspace">
        <section className="editor-pane" aria-label="Editor">
          <TabList label="Documents" idPrefix="document" tabs={DOCUMENT_TABS} selected={activeDocument} onSelect={(id) => setState({ activeDocument: id })} />
          <div className="editor-host" {...tabPanelProps('document', activeDocument)}>
            <Suspense fallback={<EditorFallback />}>
              <CodeEditor />
            </Suspense>
          </div>
        </section>
        <section className="side-pane" aria-label="Findings and rules">
          <TabList
            label="Panels"
            idPrefix="panel"
            tabs={PANEL_TABS.map((tab) => (tab.id === 'findings' ? { ...tab, label: <FindingsTabLabel /> } : tab))}
            selected={panel}
            onSelect={(id) => setState({ panel: id })}
          />
          <div className="panel-body" {...tabPanelProps('panel', panel)}>
            {panel === 'findings' && <FindingsPanel />}
            <Suspense fallback={<p className="panel-message">Loading…</p>}>
              {panel === 'rules' && <RulesPanel />}
              {panel === 'settings' && <SettingsPanel />}
            </Suspense>
          </div>
        </section>
      </main>
      <Notice />
      <DialogHost />
    </div>
  );
}
