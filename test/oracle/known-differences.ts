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

/** Reasons shared by several BuildKit check differences. */
const WINDOWS_WORKDIR =
  'a Windows-only base image: BuildKit without a registry assumes linux/amd64 and calls `WORKDIR C:\\go` relative, while on the Windows builder these images need the path is absolute';
const STOPS_AT_ERROR =
  'BuildKit rejects an instruction of this file and skips every check that runs after that point; shipshape reports the error and keeps checking';

/** `input|rule|line|side` for BuildKit's build checks (side: `ours` or `buildkit`) → reason. */
export const CHECK_KNOWN_DIFFERENCES: Record<string, string> = {
  'corpus/185_docker-library_golang_1.27-windows-nanoserver-ltsc2025.Dockerfile|WorkdirRelativePath|30|buildkit': WINDOWS_WORKDIR,
  'corpus/186_docker-library_golang_1.27-windows-windowsservercore-ltsc2025.Dockerfile|WorkdirRelativePath|88|buildkit': WINDOWS_WORKDIR,
  'conformance/buildkit/parser/flags/Dockerfile|MultipleInstructionsDisallowed|8|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/flags/Dockerfile|MultipleInstructionsDisallowed|9|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|JSONArgsRecommended|3|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|4|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|5|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|7|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|8|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|9|ours': STOPS_AT_ERROR,
  'conformance/buildkit/parser/health/Dockerfile|MultipleInstructionsDisallowed|10|ours': STOPS_AT_ERROR,
  'conformance/hadolint/cases-dev.json#DL4000-003|InvalidDefaultArgInFrom|2|ours': STOPS_AT_ERROR,
};
