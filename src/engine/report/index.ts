import type { Analysis } from '../index.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { ReportFile, ReportOptions } from './problems.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { ReportFile, ReportOptions } from './problems.js';
export { formatGithub, formatJson, formatMarkdown, formatSarif, formatText };

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMATTERS: Record<ReportFormat, (files: readonly ReportFile[], options: ReportOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  github: formatGithub,
};

/** What the formatters need from one `analyze()` result. */
export function reportFile(file: string, analysis: Analysis): ReportFile {
  return {
    file,
    text: analysis.syntax.text,
    findings: analysis.findings,
    diagnostics: analysis.diagnostics,
    configErrors: analysis.configErrors,
  };
}
