import type { ParserAspect } from './parser-differential.test.js';

/**
 * Inputs on which shipshape deliberately or knowingly differs from the reference tools, with the
 * reason. The differential suites fail on any difference not listed here, and on a listed one
 * that has gone away.
 */
export const PARSER_KNOWN_DIFFERENCES: Record<string, { aspects: ParserAspect[]; reason: string }> = {};
