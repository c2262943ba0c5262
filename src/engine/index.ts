/**
 * The engine's public entry points. Pure: no DOM, no Node built-ins, no I/O.
 * `analyze()` is deterministic and synchronous; the browser runs it in a Web Worker.
 */
import { buildModel, type SemanticModel } from './model/index.js';
import { parseDockerfile } from './syntax/parser.js';
import type { Diagnostic, Dockerfile } from './syntax/types.js';

export type * from './syntax/types.js';
export type * from './model/index.js';
export { dumpBuildkit } from './syntax/dump.js';
export { buildModel, expandWord, expandWords, findVariableReferences } from './model/index.js';
export { ENGINE_VERSION } from './version.js';

export interface AnalyzeInput {
  dockerfile: string;
}

export interface AnalyzeOptions {
  /** `--build-arg` values. */
  buildArgs?: Readonly<Record<string, string>>;
  /** The platform assumed for BUILDPLATFORM/TARGETPLATFORM (default linux/amd64). */
  platform?: string;
}

export interface Analysis {
  syntax: Dockerfile;
  model: SemanticModel;
  /** Parse diagnostics (BuildKit's parser and instruction-layer errors and warnings). */
  diagnostics: Diagnostic[];
}

export function parse(text: string): Dockerfile {
  return parseDockerfile(text);
}

export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Analysis {
  const text = typeof input === 'string' ? input : input.dockerfile;
  const syntax = parseDockerfile(text);
  const model = buildModel(syntax, {
    ...(options.buildArgs === undefined ? {} : { buildArgs: options.buildArgs }),
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  });
  return { syntax, model, diagnostics: syntax.diagnostics };
}
