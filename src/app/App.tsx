import { lazy, Suspense, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import { version } from '../../package.json';
import type { Diagnostic } from '../engine/index';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { toMonacoRange } from './monacoRange';
import { usePlaygroundStore } from './store';
import { useLiveAnalysis } from './useLiveAnalysis';

// Monaco is most of the JavaScript: load it after the page, so findings can show first.
const CodeEditor = lazy(() => import('./CodeEditor'));

function EditorFallback() {
  const text = usePlaygroundStore((state) => state.text);
  return (
    <pre className="editor-fallback" aria-busy="true">
      {text}
    </pre>
  );
}

export function App() {
  useLiveAnalysis();
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);

  function revealDiagnostic({ range }: Diagnostic) {
    const codeEditor = editorRef.current;
    if (!codeEditor) return;
    const selection = toMonacoRange(range);
    codeEditor.setSelection(selection);
    codeEditor.revealRangeInCenterIfOutsideViewport(selection);
    codeEditor.focus();
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>shipshape</h1>
        <p className="tagline">Paste a Dockerfile and see what is wrong with it — nothing leaves your browser.</p>
        <span className="version" title="Engine version">
          v{version}
        </span>
      </header>
      <main className="workspace">
        <section className="editor-pane" aria-label="Dockerfile editor">
          <Suspense fallback={<EditorFallback />}>
            <CodeEditor
              onReady={(codeEditor) => {
                editorRef.current = codeEditor;
              }}
            />
          </Suspense>
        </section>
        <DiagnosticsPanel onSelect={revealDiagnostic} />
      </main>
    </div>
  );
}
