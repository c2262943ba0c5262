import { parseDocument, stringify } from 'yaml';
import { SEVERITIES, type LabelType, type Severity } from '../rules/types.js';
import type { LintSettings } from './settings.js';

/**
 * `.hadolint.yaml` ⇄ LintSettings (conformance/hadolint/notes.md §3), plus our own `enable-all`
 * and `rules` keys. A bad key never stops the others from being read: every problem is collected,
 * and the settings hold whatever was valid.
 */

export interface HadolintYamlResult {
  settings: LintSettings;
  /** One line each, starting with the file name, e.g. `.hadolint.yaml: "ignored" must be a list of rule codes`. */
  errors: string[];
}

const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

/** hadolint's `ignore` threshold sits below `style`, so it fails on any finding exactly as `style` does. */
const FAILURE_THRESHOLDS: readonly string[] = [...SEVERITIES, 'ignore', 'none'];

const RULE_CODE = /^[A-Za-z0-9]+$/;

/** `rules:` values; YAML 1.1 readers turn on/off into booleans, so booleans are accepted as well. */
const RULE_STATES: Record<string, boolean | Severity> = { on: true, off: false, error: 'error', warning: 'warning', info: 'info', style: 'style' };

type KeyReader = (value: unknown, settings: LintSettings, fail: (message: string) => void) => void;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, isValid: (item: string) => boolean): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((item): item is string => typeof item === 'string' && isValid(item)) ? value : null;
}

/** Codes are DL/SC codes, BuildKit check names or ours: letters and digits. */
export const isRuleCode = (item: string): boolean => RULE_CODE.test(item);

function readCodeList(key: string, value: unknown, fail: (message: string) => void): string[] | null {
  const codes = stringList(value, isRuleCode);
  if (codes === null) fail(`"${key}" must be a list of rule codes`);
  return codes;
}

function booleanReader(key: string, assign: (settings: LintSettings, flag: boolean) => void): KeyReader {
  return (value, settings, fail) => {
    if (typeof value === 'boolean') assign(settings, value);
    else fail(`"${key}" must be true or false`);
  };
}

/** hadolint's output options steer its own printer; the CLI's flags do that job here. */
const ignoreOutputOption: KeyReader = () => undefined;

const KEY_READERS: Record<string, KeyReader> = {
  ignored: (value, settings, fail) => {
    const codes = readCodeList('ignored', value, fail);
    if (codes !== null) settings.ignored = codes;
  },
  override: (value, settings, fail) => {
    if (!isMapping(value)) {
      fail('"override" must be a mapping of severities (error, warning, info, style) to lists of rule codes');
      return;
    }
    const override: Partial<Record<Severity, string[]>> = {};
    for (const [level, codes] of Object.entries(value)) {
      if (!(SEVERITIES as readonly string[]).includes(level)) {
        fail(`"override.${level}" is not a severity (expected error, warning, info or style)`);
        continue;
      }
      if (codes === null) continue;
      const list = readCodeList(`override.${level}`, codes, fail);
      if (list !== null) override[level as Severity] = list;
    }
    settings.override = override;
  },
  trustedRegistries: (value, settings, fail) => {
    const registries = stringList(value, (item) => item !== '');
    if (registries === null) fail('"trustedRegistries" must be a list of registry names');
    else settings.trustedRegistries = registries;
  },
  'label-schema': (value, settings, fail) => {
    if (!isMapping(value)) {
      fail('"label-schema" must be a mapping of label names to types');
      return;
    }
    const schema: Record<string, LabelType> = {};
    for (const [label, type] of Object.entries(value)) {
      // hadolint reads an empty type as free text.
      if (type === null || type === '') schema[label] = 'text';
      else if (typeof type === 'string' && (LABEL_TYPES as readonly string[]).includes(type)) schema[label] = type as LabelType;
      else fail(`"label-schema.${label}" must be one of ${LABEL_TYPES.join(', ')}`);
    }
    settings.labelSchema = schema;
  },
  'strict-labels': booleanReader('strict-labels', (settings, flag) => {
    settings.strictLabels = flag;
  }),
  'failure-threshold': (value, settings, fail) => {
    const threshold = typeof value === 'string' ? parseFailureThreshold(value) : null;
    if (threshold === null) fail(`"failure-threshold" must be one of ${FAILURE_THRESHOLDS.join(', ')}`);
    else settings.failureThreshold = threshold;
  },
  'disable-ignore-pragma': booleanReader('disable-ignore-pragma', (settings, flag) => {
    settings.disableIgnorePragma = flag;
  }),
  'enable-all': booleanReader('enable-all', (settings, flag) => {
    settings.enableAll = flag;
  }),
  rules: (value, settings, fail) => {
    if (!isMapping(value)) {
      fail('"rules" must be a mapping of rule codes to on, off or a severity');
      return;
    }
    const rules: Record<string, boolean | Severity> = {};
    for (const [code, state] of Object.entries(value)) {
      if (!isRuleCode(code)) fail(`"rules.${code}" is not a rule code`);
      else if (typeof state === 'boolean') rules[code] = state;
      else if (typeof state === 'string' && Object.hasOwn(RULE_STATES, state)) rules[code] = RULE_STATES[state] as boolean | Severity;
      else fail(`"rules.${code}" must be on, off, error, warning, info or style`);
    }
    settings.rules = rules;
  },
  format: ignoreOutputOption,
  formats: ignoreOutputOption,
  'no-fail': ignoreOutputOption,
  'no-color': ignoreOutputOption,
  verbose: ignoreOutputOption,
};

/** A failure threshold as hadolint spells it (`ignore` included), or null when it is not one. */
export function parseFailureThreshold(value: string): Severity | 'none' | null {
  if (value === 'ignore') return 'style';
  return FAILURE_THRESHOLDS.includes(value) ? (value as Severity | 'none') : null;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export function parseHadolintYaml(text: string, fileName = '.hadolint.yaml'): HadolintYamlResult {
  const errors: string[] = [];
  const fail = (message: string): void => {
    errors.push(`${fileName}: ${message}`);
  };
  const yamlDocument = parseDocument(text, { prettyErrors: false });
  for (const error of yamlDocument.errors) {
    const { line, column } = lineAndColumn(text, error.pos[0]);
    fail(`invalid YAML at line ${line}, column ${column}: ${error.message}`);
  }
  const settings: LintSettings = {};
  if (errors.length > 0) return { settings, errors };
  const root: unknown = yamlDocument.toJS();
  if (root === null) return { settings, errors };
  if (!isMapping(root)) {
    fail('the top level must be a mapping of settings');
    return { settings, errors };
  }
  for (const [key, value] of Object.entries(root)) {
    if (!Object.hasOwn(KEY_READERS, key)) fail(`unknown key "${key}"`);
    // A key with an empty value is as good as absent, as in hadolint.
    else if (value !== null) (KEY_READERS[key] as KeyReader)(value, settings, fail);
  }
  return { settings, errors };
}

/** The settings as a `.hadolint.yaml` (hadolint's key names; `enable-all` and `rules` are ours). */
export function serializeHadolintYaml(settings: LintSettings): string {
  const out: Record<string, unknown> = {};
  if (settings.ignored?.length) out.ignored = settings.ignored;
  const override = SEVERITIES.filter((level) => settings.override?.[level]?.length).map((level) => [level, settings.override?.[level]]);
  if (override.length > 0) out.override = Object.fromEntries(override);
  if (settings.trustedRegistries?.length) out.trustedRegistries = settings.trustedRegistries;
  if (settings.labelSchema !== undefined && Object.keys(settings.labelSchema).length > 0) out['label-schema'] = settings.labelSchema;
  if (settings.strictLabels !== undefined) out['strict-labels'] = settings.strictLabels;
  if (settings.failureThreshold !== undefined) out['failure-threshold'] = settings.failureThreshold;
  if (settings.disableIgnorePragma !== undefined) out['disable-ignore-pragma'] = settings.disableIgnorePragma;
  if (settings.enableAll !== undefined) out['enable-all'] = settings.enableAll;
  if (settings.rules !== undefined && Object.keys(settings.rules).length > 0) {
    out.rules = Object.fromEntries(
      Object.entries(settings.rules).map(([code, state]) => [code, state === true ? 'on' : state === false ? 'off' : state]),
    );
  }
  return stringify(out);
}
