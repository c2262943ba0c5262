/**
 * Lint settings and build args as the playground keeps them. Both arrive from untrusted places
 * (share links, localStorage written by another version), so readers accept `unknown` and keep
 * only well-formed entries instead of failing the whole value.
 */
import type { LintSettings } from '../../engine/config/settings';
import { SEVERITIES, type LabelType, type Severity } from '../../engine/rules/types';

type RuleState = boolean | Severity;

const LABEL_TYPES = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const satisfies readonly LabelType[];
const FAILURE_THRESHOLDS: readonly string[] = [...SEVERITIES, 'none'];

/** Rule codes: hadolint's DL/SC codes, BuildKit check names, ours. */
const RULE_CODE = /^[A-Za-z0-9]{1,64}$/;
/** Build arg names as BuildKit accepts them on the command line: no `=`, no whitespace. */
const BUILD_ARG_NAME = /^[^\s=]{1,256}$/;
const MAX_ENTRIES = 1000;
const MAX_VALUE_LENGTH = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isRuleCode(value: unknown): value is string {
  return typeof value === 'string' && RULE_CODE.test(value);
}

function stringList(value: unknown, accept: (item: string) => boolean): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((item): item is string => typeof item === 'string' && item.length <= MAX_VALUE_LENGTH && accept(item))
    .slice(0, MAX_ENTRIES);
}

/** `Object.fromEntries` defines own properties, so a `__proto__` key cannot reach a prototype. */
function recordOf<T>(value: unknown, acceptKey: (key: string) => boolean, readValue: (item: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries: [string, T][] = [];
  for (const [key, item] of Object.entries(value).slice(0, MAX_ENTRIES)) {
    const read = readValue(item);
    if (acceptKey(key) && read !== undefined) entries.push([key, read]);
  }
  return Object.fromEntries(entries);
}

export function sanitizeSettings(value: unknown): LintSettings {
  if (!isRecord(value)) return {};
  const settings: LintSettings = {};
  if (typeof value.enableAll === 'boolean') settings.enableAll = value.enableAll;
  const rules = recordOf<RuleState>(value.rules, isRuleCode, (state) =>
    typeof state === 'boolean' || isSeverity(state) ? state : undefined,
  );
  if (rules !== undefined) settings.rules = rules;
  if (isRecord(value.override)) {
    const override: Partial<Record<Severity, string[]>> = {};
    for (const level of SEVERITIES) {
      const codes = stringList(value.override[level], isRuleCode);
      if (codes !== undefined) override[level] = codes;
    }
    settings.override = override;
  }
  const ignored = stringList(value.ignored, isRuleCode);
  if (ignored !== undefined) settings.ignored = ignored;
  const trustedRegistries = stringList(value.trustedRegistries, (registry) => registry.trim() !== '');
  if (trustedRegistries !== undefined) settings.trustedRegistries = trustedRegistries;
  const labelSchema = recordOf<LabelType>(
    value.labelSchema,
    (label) => label.length <= 256,
    (type) => (LABEL_TYPES as readonly unknown[]).includes(type) ? (type as LabelType) : undefined,
  );
  if (labelSchema !== undefined) settings.labelSchema = labelSchema;
  if (typeof value.strictLabels === 'boolean') settings.strictLabels = value.strictLabels;
  if (typeof value.failureThreshold === 'string' && FAILURE_THRESHOLDS.includes(value.failureThreshold)) {
    settings.failureThreshold = value.failureThreshold as Severity | 'none';
  }
  if (typeof value.disableIgnorePragma === 'boolean') settings.disableIgnorePragma = value.disableIgnorePragma;
  return pruneSettings(settings);
}

export function sanitizeBuildArgs(value: unknown): Record<string, string> {
  return (
    recordOf<string>(
      value,
      (name) => BUILD_ARG_NAME.test(name),
      (item) => (typeof item === 'string' && item.length <= MAX_VALUE_LENGTH ? item : undefined),
    ) ?? {}
  );
}

/** Drops empty lists and maps, so that what is left is exactly what differs from the defaults. */
export function pruneSettings(settings: LintSettings): LintSettings {
  const pruned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as LintSettings;
  if (pruned.rules !== undefined && Object.keys(pruned.rules).length === 0) delete pruned.rules;
  if (pruned.override !== undefined) {
    const levels = Object.entries(pruned.override).filter(([, codes]) => codes !== undefined && codes.length > 0);
    if (levels.length === 0) delete pruned.override;
    else pruned.override = Object.fromEntries(levels);
  }
  if (pruned.ignored?.length === 0) delete pruned.ignored;
  if (pruned.trustedRegistries?.length === 0) delete pruned.trustedRegistries;
  if (pruned.labelSchema !== undefined && Object.keys(pruned.labelSchema).length === 0) delete pruned.labelSchema;
  return pruned;
}

export function isDefaultSettings(settings: LintSettings): boolean {
  return Object.keys(pruneSettings(settings)).length === 0;
}

/** What the settings say about one rule: on/off and the severity it reports at. */
export function ruleStateIn(settings: LintSettings, code: string, defaults: { enabledByDefault: boolean; severity: Severity }): {
  enabled: boolean;
  severity: Severity;
} {
  const explicit = settings.rules?.[code];
  const ignored = settings.ignored?.includes(code) ?? false;
  const overridden = SEVERITIES.find((level) => settings.override?.[level]?.includes(code));
  const enabled = !ignored && (explicit !== undefined ? explicit !== false : settings.enableAll === true || overridden !== undefined || defaults.enabledByDefault);
  const severity = overridden ?? (typeof explicit === 'string' ? explicit : defaults.severity);
  return { enabled, severity };
}

/**
 * Sets one rule's state. Choosing the rule's own default removes the entry, so settings stay
 * minimal; `ignored` and `override` entries for the rule are dropped because the explicit choice
 * replaces them (otherwise "on" in the UI could stay off through `ignored`).
 */
export function withRuleState(
  settings: LintSettings,
  code: string,
  state: { enabled: boolean; severity: Severity },
  defaults: { enabledByDefault: boolean; severity: Severity },
): LintSettings {
  const rules = { ...settings.rules };
  delete rules[code];
  const isDefault = state.enabled === defaults.enabledByDefault && (!state.enabled || state.severity === defaults.severity);
  if (!isDefault || settings.enableAll === true) {
    rules[code] = !state.enabled ? false : state.severity === defaults.severity ? true : state.severity;
  }
  const override = Object.fromEntries(
    Object.entries(settings.override ?? {}).map(([level, codes]) => [level, (codes ?? []).filter((other) => other !== code)]),
  );
  return pruneSettings({
    ...settings,
    rules,
    override,
    ignored: settings.ignored?.filter((other) => other !== code),
  });
}
