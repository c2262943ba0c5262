/**
 * The locally bundled Monaco, set up once. @monaco-editor/react would otherwise fetch Monaco from
 * a public CDN, which this app must never do (offline workshops, privacy).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
// Heredoc bodies of RUN are shell scripts, highlighted by Monaco's shell tokenizer.
import 'monaco-editor/languages/definitions/shell/register';
// Only the editor features the playground uses, to keep the bundle small.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import { dockerfileConfiguration, dockerfileLanguage, dockerignoreConfiguration, dockerignoreLanguage } from './dockerfileLanguage';
import { defineEditorThemes } from './editorThemes';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

monaco.languages.register({ id: 'dockerfile', aliases: ['Dockerfile'], filenames: ['Dockerfile'] });
monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage);
monaco.languages.setLanguageConfiguration('dockerfile', dockerfileConfiguration);
monaco.languages.register({ id: 'dockerignore', aliases: ['.dockerignore'], filenames: ['.dockerignore'] });
monaco.languages.setMonarchTokensProvider('dockerignore', dockerignoreLanguage);
monaco.languages.setLanguageConfiguration('dockerignore', dockerignoreConfiguration);
defineEditorThemes(monaco);

export { monaco };
