import type { ParserAspect } from './parser-differential.test.js';

/**
 * Inputs on which shipshape deliberately or knowingly differs from the reference tools, with the
 * reason. The differential suites fail on any difference not listed here, and on a listed one
 * that has gone away.
 */
export const PARSER_KNOWN_DIFFERENCES: Record<string, { aspects: ParserAspect[]; reason: string }> = {};

/** `input|rule|line|side` (side: `ours` = only we report it, `hadolint` = only hadolint does) → reason. */
export const HADOLINT_KNOWN_DIFFERENCES: Record<string, string> = {};

/** `rule|side` → reason, for a difference that holds for every finding of a rule. */
export const HADOLINT_RULE_DIFFERENCES: Record<string, string> = {};

/** `input|rule|line|side` for BuildKit's build checks (side: `ours` or `buildkit`) → reason. */
export const CHECK_KNOWN_DIFFERENCES: Record<string, string> = {};
