import { emptyCheckOptions, instructionCheckComment, parseCheckOptions, type CheckOptions } from '../config/check-directive.js';
import { parseIgnorePragmas, pragmaFilter } from '../config/pragmas.js';
import { SEVERITY_RANK, type LintSettings } from '../config/settings.js';
import type { SemanticModel } from '../model/index.js';
import { detectDirective } from '../syntax/directives.js';
import type { Dockerfile, Instruction } from '../syntax/types.js';
import { createRuleContext, flattenInstructions, type RawFinding } from './context.js';
import type { DockerIgnore, Finding, Rule, RuleSettings, RunScript, Severity } from './types.js';

/** BuildKit checks that run over the whole file and ignore per-instruction `# check=` comments. */
const WHOLE_FILE_CHECKS: ReadonlySet<string> = new Set([
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'InvalidDefaultArgInFrom',
  'InvalidBaseImagePlatform',
]);

/** BuildKit's only experimental check today: it runs only when named in `experimental=`. */
const EXPERIMENTAL_CHECKS: ReadonlySet<string> = new Set(['InvalidDefinitionDescription']);

export function isBuildkitCheck(rule: Rule): boolean {
  return rule.meta.refs.includes(`buildkit:${rule.meta.code}`);
}

export interface RunOptions {
  syntax: Dockerfile;
  model: SemanticModel;
  rules: readonly Rule[];
  settings: LintSettings;
  dockerignore: DockerIgnore | null;
  buildArgs: Readonly<Record<string, string>>;
}

export interface RunResult {
  findings: Finding[];
  /** Problems with the configuration itself (an invalid `# check=` directive). */
  configErrors: { message: string; line: number }[];
}

function fileCheckOptions(syntax: Dockerfile, buildArgs: Readonly<Record<string, string>>): {
  options: CheckOptions;
  error: { message: string; line: number } | null;
} {
  // The build arg replaces the directive entirely; the two are never merged.
  const fromArg = Object.hasOwn(buildArgs, 'BUILDKIT_DOCKERFILE_CHECK') ? buildArgs.BUILDKIT_DOCKERFILE_CHECK : undefined;
  if (fromArg !== undefined) {
    const parsed = parseCheckOptions(fromArg);
    return {
      options: parsed.options,
      error: parsed.error === null ? null : { message: `failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: ${parsed.error}`, line: 1 },
    };
  }
  const directive = detectDirective('check', syntax.text);
  if (directive === null) return { options: emptyCheckOptions(), error: null };
  const parsed = parseCheckOptions(directive.ref);
  return {
    options: parsed.options,
    error: parsed.error === null ? null : { message: `failed to parse check options: ${parsed.error}`, line: directive.line },
  };
}

function isEnabled(rule: Rule, settings: LintSettings, check: CheckOptions): boolean {
  const code = rule.meta.code;
  if (settings.enableAll === true) return true;
  const explicit = settings.rules?.[code];
  if (explicit !== undefined) return explicit !== false;
  const overridden = Object.values(settings.override ?? {}).some((codes) => codes.includes(code));
  if (overridden) return true;
  if (isBuildkitCheck(rule)) {
    if (EXPERIMENTAL_CHECKS.has(code)) return check.experimentalAll || check.experimental.includes(code);
    if (check.skipAll || check.skip.includes(code)) return false;
  }
  return rule.meta.enabledByDefault;
}

function severityOf(finding: Finding, rule: Rule, settings: LintSettings, check: CheckOptions): Severity {
  let severity: Severity | null = null;
  for (const [level, codes] of Object.entries(settings.override ?? {}) as [Severity, string[]][]) {
    if (codes.includes(finding.code) && (severity === null || SEVERITY_RANK[level] > SEVERITY_RANK[severity])) severity = level;
  }
  if (severity !== null) return severity;
  const explicit = settings.rules?.[finding.code];
  if (typeof explicit === 'string') return explicit;
  if (check.error && isBuildkitCheck(rule)) return 'error';
  return finding.severity;
}

function skippedByInstructionComment(finding: RawFinding, rule: Rule): boolean {
  if (!isBuildkitCheck(rule) || WHOLE_FILE_CHECKS.has(rule.meta.code)) return false;
  const owner: Instruction | null = finding.instruction?.parent ?? finding.instruction;
  if (owner === null) return false;
  const options = instructionCheckComment(owner.prevComments);
  if (options === null) return false;
  if (EXPERIMENTAL_CHECKS.has(rule.meta.code)) return false;
  return options.skipAll || options.skip.includes(rule.meta.code);
}

/**
 * A hadolint rule and the equivalent BuildKit check firing on the same instruction: keep one
 * finding (the hadolint code, which `# hadolint ignore` users know) that lists both in `refs`.
 */
function dedupeEquivalents(findings: RawFinding[]): RawFinding[] {
  const kept: RawFinding[] = [];
  for (const finding of findings) {
    const twin = kept.find(
      (other) =>
        other.instruction === finding.instruction &&
        (other.refs.includes(`buildkit:${finding.code}`) || finding.refs.includes(`buildkit:${other.code}`)) &&
        other.code !== finding.code,
    );
    if (twin === undefined) {
      kept.push(finding);
      continue;
    }
    const [primary, secondary] = twin.refs.includes(`buildkit:${finding.code}`) ? [twin, finding] : [finding, twin];
    for (const ref of secondary.refs) if (!primary.refs.includes(ref)) primary.refs.push(ref);
    if (primary === finding) kept[kept.indexOf(twin)] = finding;
  }
  return kept;
}

export function runRules(options: RunOptions): RunResult {
  const { syntax, model, settings } = options;
  const check = fileCheckOptions(syntax, options.buildArgs);
  const ruleSettings: RuleSettings = {
    trustedRegistries: settings.trustedRegistries ?? [],
    labelSchema: settings.labelSchema ?? {},
    strictLabels: settings.strictLabels ?? false,
  };
  const all = flattenInstructions(syntax.instructions);
  const factory = createRuleContext(
    { syntax, model, settings: ruleSettings, dockerignore: options.dockerignore, buildArgs: options.buildArgs },
    all,
    new Map<Instruction, RunScript[]>(),
  );
  const ignored = new Set(settings.ignored ?? []);
  const suppressed = settings.disableIgnorePragma === true ? () => false : pragmaFilter(syntax, parseIgnorePragmas(syntax));
  const byCode = new Map<string, Rule>();
  let findings: RawFinding[] = [];
  for (const rule of options.rules) {
    if (!isEnabled(rule, settings, check.options) || ignored.has(rule.meta.code)) continue;
    byCode.set(rule.meta.code, rule);
    const sink: RawFinding[] = [];
    rule.check(factory.forRule(rule, sink));
    for (const finding of sink) {
      if (suppressed(finding.code, finding.line) || skippedByInstructionComment(finding, rule)) continue;
      finding.severity = severityOf(finding, rule, settings, check.options);
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  findings = dedupeEquivalents(findings);
  return {
    findings: findings.map(({ instruction: _instruction, ...finding }) => finding),
    configErrors: check.error === null ? [] : [check.error],
  };
}
