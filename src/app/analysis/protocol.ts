/**
 * Messages between the page and the analysis worker. Everything here is structured-cloneable:
 * the engine's model holds functions and cycles, so only plain results cross.
 */
import type { LintSettings } from '../../engine/config/settings';
import type { Diagnostic, Finding, RuleDocsByCode, RuleMeta } from '../../engine/index';
import type { FixAllResult } from './fixAll';

export interface AnalysisInput {
  dockerfile: string;
  dockerignore: string;
  buildArgs: Record<string, string>;
  settings: LintSettings;
}

export interface StageSummary {
  index: number;
  /** As written after AS, or null for an unnamed stage. */
  name: string | null;
  /** 1-based line of the stage's FROM. */
  line: number;
}

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  findings: Finding[];
  configErrors: { message: string; line: number }[];
  stages: StageSummary[];
  /** Time spent in the engine, for the benchmark and the curious. */
  durationMs: number;
}

export type ExportFormat = 'sarif' | 'json' | 'markdown';

export interface HadolintYamlImport {
  settings: LintSettings;
  errors: string[];
}

/** Each request names its operation; the reply carries the matching result. */
export interface Operations {
  analyze: { request: { input: AnalysisInput }; result: AnalysisResult };
  fixAll: { request: { input: AnalysisInput }; result: FixAllResult };
  ruleCatalog: { request: Record<string, never>; result: RuleMeta[] };
  /** Every rule's why and examples: a chunk of its own, which the worker loads on the first request. */
  ruleDocs: { request: Record<string, never>; result: RuleDocsByCode };
  exportReport: { request: { input: AnalysisInput; format: ExportFormat }; result: string };
  importHadolintYaml: { request: { text: string }; result: HadolintYamlImport };
  exportHadolintYaml: { request: { settings: LintSettings }; result: string };
  /** The editor is up: the worker may warm the engine in its idle time (see warmUp.ts). */
  warmUp: { request: Record<string, never>; result: null };
}

export type OperationName = keyof Operations;

export type WorkerRequest = {
  [Name in OperationName]: { id: number; operation: Name } & Operations[Name]['request'];
}[OperationName];

export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };
