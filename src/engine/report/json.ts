import type { Finding } from '../rules/types.js';
import type { Range } from '../syntax/types.js';
import { configErrorProblem, diagnosticProblem, sourceLines, type Problem, type ReportFile, type ReportOptions } from './problems.js';

/**
 * The JSON report is a contract for other tools: objects are built field by field so the key
 * order stays fixed and engine-internal fields (offsets, message ids) never leak in by accident.
 * Fix edits are UTF-16 offsets into the file's text with a leading BOM dropped.
 */

function jsonRange(range: Range): Range {
  return { startLine: range.startLine, startColumn: range.startColumn, endLine: range.endLine, endColumn: range.endColumn };
}

function jsonFinding(finding: Finding): unknown {
  return {
    code: finding.code,
    name: finding.name,
    refs: finding.refs,
    severity: finding.severity,
    category: finding.category,
    message: finding.message,
    range: jsonRange(finding.range),
    stage: finding.stage,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      safety: fix.safety,
      edits: fix.edits.map((edit) => ({ start: edit.start, end: edit.end, text: edit.text })),
    })),
  };
}

function jsonDiagnostic(problem: Problem): unknown {
  return { code: problem.code, kind: problem.kind, severity: problem.severity, message: problem.message, range: jsonRange(problem.range) };
}

/** `{"tool":{"name","version"},"files":[{"file","findings":[…],"diagnostics":[…]}]}`, indented by two spaces. */
export function formatJson(files: readonly ReportFile[], options: ReportOptions): string {
  const report = {
    tool: { name: 'shipshape', version: options.version },
    files: files.map((file) => ({
      file: file.file,
      findings: file.findings.map(jsonFinding),
      diagnostics: [
        ...file.diagnostics.map((diagnostic) => jsonDiagnostic(diagnosticProblem(diagnostic))),
        ...(file.configErrors ?? []).map((error) => jsonDiagnostic(configErrorProblem(error, sourceLines(file.text)))),
      ],
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
