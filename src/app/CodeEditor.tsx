/** The Monaco editor with findings shown as markers. Loaded lazily: Monaco is most of the bundle. */
import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type { Diagnostic, DiagnosticSeverity } from '../engine/index';
import { monaco } from './monaco';
import { toMonacoRange } from './monacoRange';
import { usePlaygroundStore } from './store';
import { usePrefersDarkScheme } from './usePrefersDarkScheme';

type CodeEditorInstance = monaco.editor.IStandaloneCodeEditor;

const MARKER_OWNER = 'shipshape';

const MARKER_SEVERITY: Record<DiagnosticSeverity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
};

function toMarker(diagnostic: Diagnostic): monaco.editor.IMarkerData {
  return {
    ...toMonacoRange(diagnostic.range),
    severity: MARKER_SEVERITY[diagnostic.severity],
    message: diagnostic.message,
    code: diagnostic.code,
    source: 'shipshape',
  };
}

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Dockerfile',
  automaticLayout: true,
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
};

export interface CodeEditorProps {
  onReady(editor: CodeEditorInstance): void;
}

export default function CodeEditor({ onReady }: CodeEditorProps) {
  // Monaco owns the text once mounted; the store only follows it.
  const [initialText] = useState(() => usePlaygroundStore.getState().text);
  const setText = usePlaygroundStore((state) => state.setText);
  const analysis = usePlaygroundStore((state) => state.analysis);
  const prefersDark = usePrefersDarkScheme();
  const [editor, setEditor] = useState<CodeEditorInstance | null>(null);

  useEffect(() => {
    const model = editor?.getModel();
    // A failed analysis keeps the last markers: they are still the best information available.
    if (!model || analysis.status !== 'done') return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, analysis.diagnostics.map(toMarker));
  }, [editor, analysis]);

  return (
    <Editor
      defaultLanguage="dockerfile"
      defaultValue={initialText}
      theme={prefersDark ? 'vs-dark' : 'vs'}
      loading={<p className="editor-loading">Loading editor…</p>}
      options={EDITOR_OPTIONS}
      onChange={(value) => setText(value ?? '')}
      onMount={(mounted) => {
        setEditor(mounted);
        onReady(mounted);
      }}
    />
  );
}
