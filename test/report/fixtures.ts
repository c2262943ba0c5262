import { analyze, type Finding } from '../../src/engine/index.js';
import { reportFile, type ReportFile, type ReportOptions } from '../../src/engine/report/index.js';
import { rule as DL3000 } from '../../src/engine/rules/catalog/DL3000.js';
import { rule as DL4000 } from '../../src/engine/rules/catalog/DL4000.js';
import { rule as MaintainerDeprecated } from '../../src/engine/rules/catalog/MaintainerDeprecated.js';

/** Rules whose output these snapshots pin; others are being added, so reports run only these. */
export const STABLE_RULES = [DL3000, DL4000, MaintainerDeprecated];

export const OPTIONS: ReportOptions = { version: '1.2.3', rules: STABLE_RULES };

/** DL4000 (with a fix), DL3000 and a parse error (DL1000). */
export const SAMPLE = 'FROM alpine:3.20\nMAINTAINER jane\nWORKDIR app\nBADCMD bar\n';

export function analyzed(file: string, text: string): ReportFile {
  return reportFile(file, analyze(text, { rules: STABLE_RULES }));
}

/** A hand-made finding for severities and shapes the stable rules cannot produce. */
export function finding(fields: Pick<Finding, 'code' | 'severity' | 'message' | 'range'> & Partial<Finding>): Finding {
  return {
    name: fields.code.toLowerCase(),
    refs: [],
    category: 'style',
    messageId: 'message',
    data: {},
    start: 0,
    end: 0,
    stage: 0,
    line: fields.range.startLine,
    fixes: [],
    ...fields,
  };
}

export function handMade(file: string, text: string, findings: Finding[]): ReportFile {
  return { file, text, findings, diagnostics: [] };
}
