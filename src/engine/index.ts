/**
 * The engine's public entry points. Pure: no DOM, no Node built-ins, no I/O.
 * `analyze()` is deterministic and synchronous; the browser runs it in a Web Worker.
 */
import type { LintSettings } from './config/settings.js';
import { buildModel, type SemanticModel } from './model/index.js';
import { ALL_RULES } from './rules/registry.js';
import { runRules } from './rules/run.js';
import type { Finding, Rule, RuleDocsByCode } from './rules/types.js';
import { parseDockerignore } from './config/dockerignore.js';
import { parseDockerfile } from './syntax/parser.js';
import type { Diagnostic, Dockerfile } from './syntax/types.js';

export type * from './syntax/types.js';
export type * from './model/index.js';
export type * from './rules/types.js';
export type { LintSettings } from './config/settings.js';
export { dumpBuildkit } from './syntax/dump.js';
export { buildModel, expandWord, expandWords, findVariableReferences } from './model/index.js';
export { ALL_RULES } from './rules/registry.js';
export { applyEdits, collectFixes } from './rules/fixes.js';
export { parseDockerignore } from './config/dockerignore.js';
export { ENGINE_VERSION } from './version.js';

/**
 * Every rule's why and examples, by code. Analysis never reads them, so they are not part of
 * `ALL_RULES` and load on the first call: a bundle of the engine can start without them.
 */
export async function loadRuleDocs(): Promise<RuleDocsByCode> {
  return (await import('./rules/docs-registry.js')).RULE_DOCS;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ALL_RULES.map((rule) => rule.meta.code));

export interface AnalyzeInput {
  dockerfile: string;
  /** The `.dockerignore` next to it, if any. */
  dockerignore?: string | null;
}

export interface AnalyzeOptions {
  /** `--build-arg` values. */
  buildArgs?: Readonly<Record<string, string>>;
  /** The platform assumed for BUILDPLATFORM/TARGETPLATFORM (default linux/amd64). */
  platform?: string;
  settings?: LintSettings;
  /** The rules to run (default: all of them, filtered by the settings). */
  rules?: readonly Rule[];
}

export interface Analysis {
  syntax: Dockerfile;
  model: SemanticModel;
  /** Parse diagnostics (BuildKit's parser and instruction-layer errors and warnings). */
  diagnostics: Diagnostic[];
  /** Rule findings sorted by position. */
  findings: Finding[];
  /** Problems with the configuration itself, e.g. an invalid `# check=` directive. */
  configErrors: { message: string; line: number }[];
}

export function parse(text: string): Dockerfile {
  return parseDockerfile(text);
}

export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): Analysis {
  const { dockerfile: text, dockerignore = null } = typeof input === 'string' ? { dockerfile: input } : input;
  const buildArgs = options.buildArgs ?? {};
  const syntax = parseDockerfile(text);
  const model = buildModel(syntax, {
    buildArgs,
    ...(options.platform === undefined ? {} : { platform: options.platform }),
  });
  const { findings, configErrors } = runRules({
    syntax,
    model,
    rules: options.rules ?? ALL_RULES,
    settings: options.settings ?? {},
    dockerignore: dockerignore === null ? null : parseDockerignore(dockerignore),
    buildArgs,
    knownCodes: KNOWN_CODES,
  });
  return { syntax, model, diagnostics: syntax.diagnostics, findings, configErrors };
}
