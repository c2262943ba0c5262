import { emptyCheckOptions, instructionCheckComment, parseCheckOptions, type CheckOptions } from '../config/check-directive.js';
import { parseIgnorePragmas, pragmaFilter } from '../config/pragmas.js';
import { SEVERITY_RANK, type LintSettings } from '../config/settings.js';
import type { SemanticModel } from '../model/index.js';
import { detectDirective } from '../syntax/directives.js';
import type { Dockerfile, Instruction } from '../syntax/types.js';
import { createRuleContext, flattenInstructions, type RawFinding } from './context.js';
import { forgetLastModel } from './helpers/memo.js';
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

/** Rules are static definitions asked about on every analysis and for every finding: each is looked at once. */
const buildkitChecks = new WeakMap<Rule, boolean>();

export function isBuildkitCheck(rule: Rule): boolean {
  let known = buildkitChecks.get(rule);
  if (known === undefined) {
    known = rule.meta.refs.includes(`buildkit:${rule.meta.code}`);
    buildkitChecks.set(rule, known);
  }
  return known;
}

export interface RunOptions {
  syntax: Dockerfile;
  model: SemanticModel;
  rules: readonly Rule[];
  settings: LintSettings;
  dockerignore: DockerIgnore | null;
  buildArgs: Readonly<Record<string, string>>;
  /** Every rule code that exists (default: the codes of `rules`). */
  knownCodes?: ReadonlySet<string>;
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

/** A rule's own setting decides first; then the file's `# check=skip`; then the blanket switches. */
function isEnabled(rule: Rule, settings: LintSettings, check: CheckOptions): boolean {
  const code = rule.meta.code;
  const explicit = settings.rules?.[code];
  if (explicit !== undefined) return explicit !== false;
  if (isBuildkitCheck(rule) && !EXPERIMENTAL_CHECKS.has(code) && (check.skipAll || check.skip.includes(code))) return false;
  if (settings.enableAll === true) return true;
  const overridden = Object.values(settings.override ?? {}).some((codes) => codes.includes(code));
  if (overridden) return true;
  if (EXPERIMENTAL_CHECKS.has(code)) return check.experimentalAll || check.experimental.includes(code);
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

/** Two rules that are the same check in hadolint and in BuildKit (each lists the other in `refs`). */
function areTwins(a: Rule, b: Rule): boolean {
  const names = (rule: Rule): string[] => [`hadolint:${rule.meta.code}`, `buildkit:${rule.meta.code}`, `shipshape:${rule.meta.code}`];
  return a !== b && (names(b).some((name) => a.meta.refs.includes(name)) || names(a).some((name) => b.meta.refs.includes(name)));
}

/**
 * A hadolint rule and its BuildKit twin firing on the same instruction and line: keep one finding
 * (the non-BuildKit one, whose code `# hadolint ignore` users know) that names both in `refs` and
 * keeps the more severe level (`# check=error=true` raises only the BuildKit one). Twins reported
 * on different lines (BuildKit marks the earlier of two CMDs, hadolint the later) stay apart.
 */
function dedupeTwins(findings: RawFinding[], byCode: ReadonlyMap<string, Rule>): RawFinding[] {
  const kept: RawFinding[] = [];
  // The indexes of the kept findings by instruction and line: a twin can only be among them.
  const keptAt = new Map<Instruction | null, Map<number, number[]>>();
  const keptIndexes = (finding: RawFinding): number[] => {
    const byLine = keptAt.get(finding.instruction) ?? new Map<number, number[]>();
    keptAt.set(finding.instruction, byLine);
    const indexes = byLine.get(finding.line) ?? [];
    byLine.set(finding.line, indexes);
    return indexes;
  };
  for (const finding of findings) {
    const rule = byCode.get(finding.code) as Rule;
    const candidates = keptIndexes(finding);
    const twinIndex = candidates.find((index) => areTwins(rule, byCode.get((kept[index] as RawFinding).code) as Rule));
    if (twinIndex === undefined) {
      candidates.push(kept.length);
      kept.push(finding);
      continue;
    }
    const twin = kept[twinIndex] as RawFinding;
    const [primary, secondary] = isBuildkitCheck(rule) ? [twin, finding] : [finding, twin];
    for (const ref of secondary.refs) if (!primary.refs.includes(ref)) primary.refs.push(ref);
    if (SEVERITY_RANK[secondary.severity] > SEVERITY_RANK[primary.severity]) primary.severity = secondary.severity;
    kept[twinIndex] = primary;
  }
  return kept;
}

/**
 * A finding's refs name the rule itself and outside rules we do not implement separately; a
 * twin we do implement is named only when it fired too (see dedupeTwins), so refs never claim a
 * BuildKit or hadolint finding that the reference tool would not report.
 */
function findingRefs(rule: Rule, byCode: ReadonlyMap<string, Rule>): string[] {
  return rule.meta.refs.filter((ref) => {
    const code = ref.slice(ref.indexOf(':') + 1);
    return code === rule.meta.code || !byCode.has(code);
  });
}

interface RuleSetFacts {
  byCode: ReadonlyMap<string, Rule>;
  refs: ReadonlyMap<Rule, readonly string[]>;
  codes: ReadonlySet<string>;
}

/** Facts about a list of rules, worked out once per list: most analyses run the same full list. */
const ruleSetFacts = new WeakMap<readonly Rule[], RuleSetFacts>();

function factsOf(rules: readonly Rule[]): RuleSetFacts {
  let facts = ruleSetFacts.get(rules);
  if (facts === undefined) {
    const byCode = new Map(rules.map((rule) => [rule.meta.code, rule]));
    facts = {
      byCode,
      refs: new Map(rules.map((rule) => [rule, findingRefs(rule, byCode)])),
      codes: new Set(byCode.keys()),
    };
    ruleSetFacts.set(rules, facts);
  }
  return facts;
}

export function runRules(options: RunOptions): RunResult {
  const { syntax, model, settings } = options;
  const check = fileCheckOptions(syntax, options.buildArgs);
  const ruleSettings: RuleSettings = {
    trustedRegistries: settings.trustedRegistries ?? [],
    labelSchema: settings.labelSchema ?? {},
    strictLabels: settings.strictLabels ?? false,
  };
  const facts = factsOf(options.rules);
  const all = flattenInstructions(syntax.instructions);
  const factory = createRuleContext(
    {
      syntax,
      model,
      settings: ruleSettings,
      dockerignore: options.dockerignore,
      buildArgs: options.buildArgs,
      knownCodes: options.knownCodes ?? facts.codes,
    },
    all,
    new Map<Instruction, RunScript[]>(),
  );
  const ignored = new Set(settings.ignored ?? []);
  const suppressed = settings.disableIgnorePragma === true ? () => false : pragmaFilter(syntax, parseIgnorePragmas(syntax));
  const byCode = facts.byCode;
  let findings: RawFinding[] = [];
  for (const rule of options.rules) {
    if (!isEnabled(rule, settings, check.options) || ignored.has(rule.meta.code)) continue;
    const sink: RawFinding[] = [];
    rule.check(factory.forRule(rule, facts.refs.get(rule) as readonly string[], sink));
    for (const finding of sink) {
      if (suppressed(finding.code, finding.line) || skippedByInstructionComment(finding, rule)) continue;
      finding.severity = severityOf(finding, rule, settings, check.options);
      findings.push(finding);
    }
  }
  forgetLastModel();
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  findings = dedupeTwins(findings, byCode);
  return {
    findings: findings.map(({ instruction: _instruction, ...finding }) => finding),
    configErrors: check.error === null ? [] : [check.error],
  };
}
