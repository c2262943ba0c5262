import type * as Monaco from 'monaco-editor/editor';

export const EDITOR_THEMES = { light: 'shipshape-light', dark: 'shipshape-dark' } as const;

/** Colours for the tokens our tokenizer adds on top of Monaco's defaults (directives, pragmas, heredocs). */
export function defineEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEMES.light, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword.directive', foreground: '8250df', fontStyle: 'bold' },
      { token: 'string.directive', foreground: '8250df' },
      { token: 'comment.pragma', foreground: '0f766e', fontStyle: 'italic' },
      { token: 'comment.pragma.code', foreground: '0f766e', fontStyle: 'bold' },
      { token: 'type.image', foreground: '0b6e4f' },
      { token: 'type.stage', foreground: '953800', fontStyle: 'bold' },
      { token: 'attribute.name', foreground: '9a3412' },
      { token: 'attribute.value', foreground: '0550ae' },
      { token: 'variable', foreground: '8250df' },
      { token: 'variable.name', foreground: '0550ae' },
      { token: 'string.heredoc', foreground: '57606a' },
      { token: 'string.heredoc.delimiter', foreground: 'a31515', fontStyle: 'bold' },
      { token: 'operator.continuation', foreground: '8c959f' },
      { token: 'operator.glob', foreground: '9a3412' },
      { token: 'keyword.negation', foreground: 'cf222e', fontStyle: 'bold' },
    ],
    colors: {},
  });
  monaco.editor.defineTheme(EDITOR_THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'keyword.directive', foreground: 'd2a8ff', fontStyle: 'bold' },
      { token: 'string.directive', foreground: 'd2a8ff' },
      { token: 'comment.pragma', foreground: '5eead4', fontStyle: 'italic' },
      { token: 'comment.pragma.code', foreground: '5eead4', fontStyle: 'bold' },
      { token: 'type.image', foreground: '7ee2b8' },
      { token: 'type.stage', foreground: 'ffa657', fontStyle: 'bold' },
      { token: 'attribute.name', foreground: 'ffa657' },
      { token: 'attribute.value', foreground: 'a5d6ff' },
      { token: 'variable', foreground: 'd2a8ff' },
      { token: 'variable.name', foreground: '79c0ff' },
      { token: 'string.heredoc', foreground: 'b1bac4' },
      { token: 'string.heredoc.delimiter', foreground: 'ff7b72', fontStyle: 'bold' },
      { token: 'operator.continuation', foreground: '6e7681' },
      { token: 'operator.glob', foreground: 'ffa657' },
      { token: 'keyword.negation', foreground: 'ff7b72', fontStyle: 'bold' },
    ],
    colors: {},
  });
}
