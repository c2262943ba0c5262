/**
 * The engine's public entry points. Pure: no DOM, no Node built-ins, no I/O.
 * (Provisional stub while the parser lands; the signatures are the contract.)
 */
import type { Diagnostic, Dockerfile } from './syntax/types.js';
import { parseDockerfile } from './syntax/parser.js';
export { dumpBuildkit } from './syntax/dump.js';
export { ENGINE_VERSION } from './version.js';

export type * from './syntax/types.js';

export interface AnalyzeInput {
  dockerfile: string;
}

export interface AnalyzeOptions {
  buildArgs?: Record<string, string>;
}

export interface Analysis {
  syntax: Dockerfile;
  diagnostics: Diagnostic[];
}

export function parse(text: string): Dockerfile {
  return parseDockerfile(text);
}

export function analyze(input: AnalyzeInput | string, _options: AnalyzeOptions = {}): Analysis {
  const text = typeof input === 'string' ? input : input.dockerfile;
  const syntax = parse(text);
  return { syntax, diagnostics: syntax.diagnostics };
}
