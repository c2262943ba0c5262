/** Findings as Monaco markers: the severity mapping and the marker fields, free of Monaco itself. */
import type { Range, Severity } from '../../engine/index';
import type { Problem } from '../panels/problems';

/** Monaco's MarkerSeverity names; `style` findings are hints (the dotted underline), as in ESLint's editors. */
export type MarkerLevel = 'Error' | 'Warning' | 'Info' | 'Hint';

export const MARKER_LEVEL: Record<Severity, MarkerLevel> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  style: 'Hint',
};

export const MARKER_SOURCE = 'shipshape';

/** The URL of a rule in the Rules panel; the editor's link opener keeps it in the page. */
export function ruleLink(code: string, base: string): string {
  return `${base.split('#')[0]}#rule=${encodeURIComponent(code)}`;
}

/** The rule code a `#rule=CODE` fragment names, or null. */
export function ruleFromFragment(fragment: string): string | null {
  const match = /^#?rule=([A-Za-z0-9]+)$/.exec(fragment);
  return match === null ? null : (match[1] as string);
}

export interface MarkerFields {
  level: MarkerLevel;
  message: string;
  code: string;
  /** Parse errors have no rule page. */
  linksToRule: boolean;
  range: Range;
}

export function markerFieldsOf(problem: Problem): MarkerFields {
  return {
    level: MARKER_LEVEL[problem.severity],
    message: problem.message,
    code: problem.code,
    linksToRule: problem.kind === 'finding',
    range: problem.range,
  };
}
