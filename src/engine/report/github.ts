import type { Severity } from '../rules/types.js';
import { fileProblems, type ReportFile } from './problems.js';

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff. */

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

/** GitHub's escaping for a command's message. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values also end at `,` and `::`, so those are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`, one line per problem. */
export function formatGithub(files: readonly ReportFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const problem of fileProblems(file)) {
      const { startLine, startColumn, endLine, endColumn } = problem.range;
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${startLine}`,
        `col=${startColumn}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(problem.code)}`,
      ];
      lines.push(`::${COMMANDS[problem.severity]} ${properties.join(',')}::${escapeData(problem.message)}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
