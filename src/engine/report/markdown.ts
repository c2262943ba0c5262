import { countBySeverity, describeCounts, fileProblems, ruleMetaLookup, type Problem, type ReportFile, type ReportOptions } from './problems.js';

/** A pipe would end the table cell and a line break the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n|\r/g, ' ');
}

/** A report for a pull-request comment: a heading with the totals, then one table per file with problems. */
export function formatMarkdown(files: readonly ReportFile[], options: ReportOptions): string {
  const metaOf = ruleMetaLookup(options.rules);
  const sections: string[] = [];
  const all: Problem[] = [];
  for (const file of files) {
    const problems = fileProblems(file);
    if (problems.length === 0) continue;
    all.push(...problems);
    const rows = problems.map((problem) => {
      const url = problem.finding === null ? undefined : metaOf(problem.code)?.url;
      const code = url === undefined ? problem.code : `[${problem.code}](${url})`;
      return `| ${problem.range.startLine} | ${code} | ${problem.severity} | ${cell(problem.message)} |`;
    });
    sections.push(
      [`#### \`${file.file}\`: ${describeCounts(countBySeverity(problems))}`, '', '| Line | Code | Severity | Message |', '| ---: | --- | --- | --- |', ...rows].join('\n'),
    );
  }
  const checked = `${files.length} file${files.length === 1 ? '' : 's'} checked`;
  const heading = `### shipshape: ${describeCounts(countBySeverity(all)) ?? 'no problems found'} (${checked})`;
  return `${[heading, ...sections].join('\n\n')}\n`;
}
