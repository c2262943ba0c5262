/** The Monaco editor for the Dockerfile and the .dockerignore. Loaded lazily: Monaco is most of the JavaScript. */
import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type { Range } from '../../engine/index';
import { allowEngineWarmUp } from '../analysis/liveAnalysis';
import { getState, setState, usePlaygroundStore, type DocumentKind } from '../state/store';
import { useResolvedTheme } from '../theme/theme';
import { attachEditor } from './editorBridge';
import { EDITOR_THEMES } from './editorThemes';
import { registerLanguageFeatures } from './languageFeatures';
import { minimalEdit } from './minimalEdit';
import { monaco } from './monaco';

type CodeEditorInstance = monaco.editor.IStandaloneCodeEditor;

const DOCUMENTS: Record<DocumentKind, { uri: monaco.Uri; language: string }> = {
  dockerfile: { uri: monaco.Uri.parse('file:///Dockerfile'), language: 'dockerfile' },
  dockerignore: { uri: monaco.Uri.parse('file:///.dockerignore'), language: 'dockerignore' },
};

/** Both documents exist from the start, so either can be changed (undoably) while the other is shown. */
function createModels(): Record<DocumentKind, monaco.editor.ITextModel> {
  const state = getState();
  const model = (kind: DocumentKind) => {
    const { uri, language } = DOCUMENTS[kind];
    const created = monaco.editor.getModel(uri) ?? monaco.editor.createModel(state[kind], language, uri);
    // Monaco picks CRLF for a text without line breaks when it thinks it runs on Windows; Dockerfiles use LF.
    if (!state[kind].includes('\r\n')) created.setEOL(monaco.editor.EndOfLineSequence.LF);
    // The store follows the editor: Monaco owns the text from here on.
    created.onDidChangeContent(() => setState(kind === 'dockerfile' ? { dockerfile: created.getValue() } : { dockerignore: created.getValue() }));
    return created;
  };
  return { dockerfile: model('dockerfile'), dockerignore: model('dockerignore') };
}

const MODELS = createModels();

const SHARED_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
  renderValidationDecorations: 'on',
  // The dimmed number of the empty last line fails contrast checks; a normal one reads fine.
  renderFinalNewline: 'on',
  tabSize: 4,
};

/** One stable options object per document: a new object on every render would re-apply them each time. */
const OPTIONS: Record<DocumentKind, monaco.editor.IStandaloneEditorConstructionOptions> = {
  dockerfile: { ...SHARED_OPTIONS, ariaLabel: 'Dockerfile editor' },
  dockerignore: { ...SHARED_OPTIONS, ariaLabel: '.dockerignore editor' },
};

function toMonacoRange(range: Range): monaco.IRange {
  return { startLineNumber: range.startLine, startColumn: range.startColumn, endLineNumber: range.endLine, endColumn: range.endColumn };
}

function handleFor(editor: CodeEditorInstance) {
  return {
    replaceText(kind: DocumentKind, text: string) {
      const model = MODELS[kind];
      const change = minimalEdit(model.getValue(), text);
      if (change === null) return;
      const range = monaco.Range.fromPositions(model.getPositionAt(change.start), model.getPositionAt(change.end));
      model.pushStackElement();
      model.pushEditOperations([], [{ range, text: change.text }], () => null);
      model.pushStackElement();
    },
    reveal(range: Range, focus: boolean) {
      if (editor.getModel() !== MODELS.dockerfile) editor.setModel(MODELS.dockerfile);
      const selection = toMonacoRange(range);
      editor.setSelection(selection);
      editor.revealRangeInCenterIfOutsideViewport(selection);
      if (focus) editor.focus();
    },
  };
}

export default function CodeEditor() {
  const activeDocument = usePlaygroundStore((state) => state.activeDocument);
  const theme = useResolvedTheme();
  const [editor, setEditor] = useState<CodeEditorInstance | null>(null);

  useEffect(() => {
    if (editor === null) return;
    allowEngineWarmUp();
    const features = registerLanguageFeatures(MODELS.dockerfile);
    const detach = attachEditor(handleFor(editor));
    const cursor = editor.onDidChangeCursorPosition((event) => {
      if (editor.getModel() === MODELS.dockerfile) setState({ cursorLine: event.position.lineNumber });
    });
    return () => {
      cursor.dispose();
      detach();
      features.dispose();
    };
  }, [editor]);

  const document = DOCUMENTS[activeDocument];
  return (
    <Editor
      path={document.uri.toString()}
      defaultLanguage={document.language}
      theme={EDITOR_THEMES[theme]}
      loading={<p className="editor-loading">Loading editor…</p>}
      options={OPTIONS[activeDocument]}
      keepCurrentModel
      onMount={setEditor}
    />
  );
}
