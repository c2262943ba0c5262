import type { LabelType, Severity } from '../rules/types.js';

/**
 * Lint settings, a superset of hadolint's `.hadolint.yaml` (conformance/hadolint/notes.md §3).
 * Lists concatenate when settings are merged, as hadolint does.
 */
export interface LintSettings {
  /** Turn every rule on, including the ones off by default. */
  enableAll?: boolean;
  /** Per rule: false turns it off, true turns it on, a severity turns it on at that level. */
  rules?: Record<string, boolean | Severity>;
  /** hadolint's `override`: re-level rules (this also turns default-off rules on). */
  override?: Partial<Record<Severity, string[]>>;
  /** hadolint's `ignored`: codes never reported. */
  ignored?: string[];
  trustedRegistries?: string[];
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
  /** Lowest severity that makes the CLI exit 1 (`none`: never). Default `info`, as hadolint. */
  failureThreshold?: Severity | 'none';
  /** hadolint's `disable-ignore-pragma`. */
  disableIgnorePragma?: boolean;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

/** Merges settings, later ones winning for scalars and lists concatenating. */
export function mergeSettings(...layers: (LintSettings | undefined)[]): LintSettings {
  const merged: LintSettings = {};
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (layer.enableAll !== undefined) merged.enableAll = layer.enableAll;
    if (layer.rules !== undefined) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.override !== undefined) {
      const override: Partial<Record<Severity, string[]>> = { ...merged.override };
      for (const [level, codes] of Object.entries(layer.override) as [Severity, string[]][]) {
        override[level] = [...(override[level] ?? []), ...codes];
      }
      merged.override = override;
    }
    if (layer.ignored !== undefined) merged.ignored = [...(merged.ignored ?? []), ...layer.ignored];
    if (layer.trustedRegistries !== undefined) {
      merged.trustedRegistries = [...(merged.trustedRegistries ?? []), ...layer.trustedRegistries];
    }
    if (layer.labelSchema !== undefined) merged.labelSchema = { ...merged.labelSchema, ...layer.labelSchema };
    if (layer.strictLabels !== undefined) merged.strictLabels = layer.strictLabels;
    if (layer.failureThreshold !== undefined) merged.failureThreshold = layer.failureThreshold;
    if (layer.disableIgnorePragma !== undefined) merged.disableIgnorePragma = layer.disableIgnorePragma;
  }
  return merged;
}
