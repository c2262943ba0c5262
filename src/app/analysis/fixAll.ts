import { analyze, applyEdits, collectFixes, type AnalyzeOptions, type Fix } from '../../engine/index';

/** As ESLint: one fix can make room for, or reveal, another, so fixing repeats until nothing changes. */
export const MAX_FIX_PASSES = 5;

const isSafe = (fix: Fix): boolean => fix.safety === 'safe';

export interface FixAllResult {
  dockerfile: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  passes: number;
}

/** Applies every safe fix, re-analysing after each pass, until none is left or MAX_FIX_PASSES ran. */
export function fixAllSafe(dockerfile: string, dockerignore: string | null, options: AnalyzeOptions): FixAllResult {
  // Fix offsets index the text without its byte order mark; the mark itself is kept.
  const bom = dockerfile.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = dockerfile.slice(bom.length);
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const { findings } = analyze({ dockerfile: text, dockerignore }, options);
    const edits = collectFixes(findings, isSafe);
    const fixed = applyEdits(text, edits);
    if (fixed === text) break;
    passes += 1;
    // collectFixes skips a fix that overlaps one taken earlier; count only the fixes it took.
    const taken = new Set(edits);
    applied += findings.filter((finding) => finding.fixes.find(isSafe)?.edits.every((edit) => taken.has(edit)) ?? false).length;
    text = fixed;
  }
  return { dockerfile: bom + text, applied, passes };
}
