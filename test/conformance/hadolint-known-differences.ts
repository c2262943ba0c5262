/**
 * hadolint conformance cases where shipshape deliberately differs, each with the reason.
 * An unlisted disagreement fails test/conformance/hadolint.test.ts, and so does a listed case
 * that agrees again (the entry is stale).
 */
export const KNOWN_DIFFERENCES: Record<string, string> = {};
