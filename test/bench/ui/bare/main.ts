/**
 * The baseline for `npm run bench:ui`: Monaco with the built-in Dockerfile tokenizer and the same
 * editor features the playground loads (docs/monaco-vite.md's recipe), and nothing else. What the
 * playground costs beyond this is React, the panels and the analysis engine.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const container = document.getElementById('editor');
if (container === null) throw new Error('index.html lacks #editor');
monaco.editor.create(container, {
  value: 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y python3\nCOPY . /app\nCMD ["python3", "/app/main.py"]\n',
  language: 'dockerfile',
  automaticLayout: true,
  minimap: { enabled: false },
});
