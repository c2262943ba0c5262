import type { SemanticModel } from '../model/index.js';
import type { ShellScript } from '../shell/index.js';
import type { Dockerfile, Instruction, Located, Range, ShellSource } from '../syntax/types.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

export type Category = 'correctness' | 'security' | 'size' | 'cache' | 'reliability' | 'maintainability' | 'style';

export type FixAvailability = 'none' | 'safe' | 'unsafe';

/** Replace the text between two offsets of the analyzed Dockerfile. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  /** `safe` fixes keep behaviour and may be applied in bulk; `unsafe` ones need a human look. */
  safety: 'safe' | 'unsafe';
  edits: TextEdit[];
}

export interface RuleExamples {
  /** Complete Dockerfiles (or fragments) on which the rule must fire. */
  bad: string[];
  /** Complete Dockerfiles on which it must not. */
  good: string[];
  /** Settings both lists are checked with, for rules that need configuration (a label schema). */
  settings?: Partial<RuleSettings>;
  /** The `.dockerignore` both lists are checked with, for rules about the build context. */
  dockerignore?: string;
}

export interface RuleMeta {
  /** Stable id: hadolint's code (`DL3008`), a BuildKit check name (`StageNameCasing`) or ours (`SS101`). */
  code: string;
  /** kebab-case name of the pattern, e.g. `apt-get-unpinned-packages`. */
  name: string;
  severity: Severity;
  category: Category;
  /** The same rule elsewhere: `hadolint:DL3025`, `buildkit:JSONArgsRecommended`. */
  refs: string[];
  enabledByDefault: boolean;
  /** One line. */
  description: string;
  fix: FixAvailability;
  /** Message templates with `{placeholder}`s, keyed by message id. */
  messages: Record<string, string>;
  /** An external documentation page (BuildKit's docs for BuildKit checks, hadolint's wiki). */
  url?: string;
}

/**
 * A rule's documentation for people: the Rules panel, the editor's hover and SARIF's help text
 * show it, and the registry test runs the examples. Analysis never reads it, so each rule file
 * exports it apart from the rule (`export const docs`), and it loads only when asked for
 * (`loadRuleDocs`): the playground's engine worker starts without it.
 */
export interface RuleDocs {
  /** Why it matters, 2–4 sentences. */
  why: string;
  examples: RuleExamples;
}

/** Rule docs keyed by rule code. */
export type RuleDocsByCode = Readonly<Record<string, RuleDocs>>;

export type MessageData = Record<string, string | number>;

export interface ReportInput {
  messageId: string;
  data?: MessageData;
  /** The instruction the finding belongs to (drives stage, pragmas and per-instruction checks). */
  instruction: Instruction | null;
  /** Where to put the marker; defaults to the instruction. */
  at?: Located | { start: number; end: number };
  /**
   * The line the finding is reported at, when it is not the first line of `instruction`: BuildKit
   * reports NoEmptyContinuation on the last line and MultipleInstructionsDisallowed on the earlier
   * of the two instructions, while the later one's `# check=` comment decides whether it is skipped.
   */
  line?: number;
  fixes?: Fix[];
}

export interface RuleSettings {
  /** hadolint's `trustedRegistries` (DL3026). Empty means the rule does nothing. */
  trustedRegistries: string[];
  /** hadolint's `label-schema`: label name → type. */
  labelSchema: Record<string, LabelType>;
  /** hadolint's `strict-labels` (DL3050). */
  strictLabels: boolean;
}

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** A matcher over the build context, built from `.dockerignore` text. */
export interface DockerIgnore {
  patterns: { pattern: string; negated: boolean }[];
  /** True when `path` (relative, cleaned) is excluded from the build context. */
  ignores(path: string): boolean;
}

/** A script that a shell will run, with where its text came from. */
export interface RunScript {
  script: ShellScript;
  source: ShellSource;
  /** `body` for a shell-form RUN, `heredoc` for a RUN heredoc body run as a script. */
  origin: 'body' | 'heredoc';
}

export interface RuleContext {
  readonly syntax: Dockerfile;
  readonly model: SemanticModel;
  readonly settings: RuleSettings;
  readonly dockerignore: DockerIgnore | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Every rule code shipshape has, whether or not it runs now (for checks on `ignore=` lists). */
  readonly knownCodes: ReadonlySet<string>;
  /** Every instruction, with ONBUILD triggers listed right after their ONBUILD. */
  readonly allInstructions: readonly Instruction[];
  /** The shell scripts of a RUN (shell form body, and heredoc bodies fed to the shell); cached. */
  runScripts(instruction: Instruction): RunScript[];
  /** Source offsets [start, end) of a shell word's range inside one of `runScripts`. */
  scriptSpan(script: RunScript, start: number, end: number): { start: number; end: number };
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Finding {
  code: string;
  name: string;
  refs: string[];
  severity: Severity;
  category: Category;
  message: string;
  messageId: string;
  data: MessageData;
  range: Range;
  start: number;
  end: number;
  /** Index of the stage, or null outside any stage. */
  stage: number | null;
  /** 1-based first line of the instruction (pragmas and BuildKit report here). */
  line: number;
  fixes: Fix[];
}
