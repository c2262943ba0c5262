import type { Finding, Fix, TextEdit } from './types.js';

/** Applies non-overlapping edits (later ones that overlap an earlier one are skipped). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let position = 0;
  for (const edit of sorted) {
    if (edit.start < position) continue;
    out += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return out + text.slice(position);
}

/** The first fix of each finding that passes `accept`, skipping fixes that overlap earlier ones. */
export function collectFixes(findings: readonly Finding[], accept: (fix: Fix) => boolean = () => true): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find(accept);
    if (fix === undefined) continue;
    const overlaps = fix.edits.some((edit) => taken.some((t) => edit.start < t.end && t.start < edit.end));
    if (overlaps) continue;
    edits.push(...fix.edits);
    taken.push(...fix.edits.map((edit) => ({ start: edit.start, end: Math.max(edit.end, edit.start + 1) })));
  }
  return edits;
}
