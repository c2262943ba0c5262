// Monaco ships no types for its Monarch internals; the tokenizer tests drive them directly.
declare module 'monaco-editor/editor/standalone/common/monarch/monarchCompile.js' {
  export function compile(languageId: string, definition: unknown): unknown;
}

declare module 'monaco-editor/editor/standalone/common/monarch/monarchLexer.js' {
  export class MonarchTokenizer {
    constructor(languageService: unknown, themeService: unknown, languageId: string, lexer: unknown, configurationService: unknown);
  }
}
