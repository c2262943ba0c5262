/**
 * Runs a Monarch definition with Monaco's own compiler and lexer, outside a browser: the lexer
 * needs only a language registry and a theme, which these stubs stand in for.
 */
import { compile } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile.js';
import { MonarchTokenizer } from 'monaco-editor/editor/standalone/common/monarch/monarchLexer.js';
import type { languages } from 'monaco-editor/editor';

export interface LineToken {
  text: string;
  type: string;
  language: string;
}

interface RawToken {
  offset: number;
  type: string;
  language: string;
}

interface TokenizeResult {
  tokens: RawToken[];
  endState: unknown;
}

interface Tokenizer {
  getInitialState(): unknown;
  tokenize(line: string, hasEOL: boolean, state: unknown): TokenizeResult;
}

const disposable = { dispose() {} };

/** Embedded languages (the shell in RUN heredocs) are "registered" so the lexer enters them. */
const languageService = {
  languageIdCodec: { encodeLanguageId: () => 1 },
  isRegisteredLanguageId: (id: string) => id === 'shell',
  requestBasicLanguageFeatures() {},
  getLanguageIdByLanguageName: () => null,
  getLanguageIdByMimeType: () => null,
};
const themeService = {
  getColorTheme: () => ({ tokenTheme: { match: () => 0 } }),
  onDidColorThemeChange: () => disposable,
};
const configurationService = { getValue: () => 20_000, onDidChangeConfiguration: () => disposable };

export function createTokenizer(languageId: string, definition: languages.IMonarchLanguage): (text: string) => LineToken[][] {
  const lexer = compile(languageId, definition);
  const tokenizer = new MonarchTokenizer(
    languageService,
    themeService,
    languageId,
    lexer,
    configurationService,
  ) as unknown as Tokenizer;
  return (text) => {
    let state = tokenizer.getInitialState();
    return text.split('\n').map((line) => {
      const result = tokenizer.tokenize(line, true, state);
      state = result.endState;
      return result.tokens.map((token, index) => ({
        text: line.slice(token.offset, result.tokens[index + 1]?.offset ?? line.length),
        type: token.type.replace(`.${languageId}`, ''),
        language: token.language,
      }));
    });
  };
}
