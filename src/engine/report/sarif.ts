import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { RULE_DOCS } from '../rules/docs-registry.js';
import type { RuleDocs, RuleMeta, Severity } from '../rules/types.js';
import { fileProblems, PARSE_ERROR_CODE, PARSE_ERROR_META, ruleMetaLookup, sourceLines, type ReportFile, type ReportOptions } from './problems.js';

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run, the rules that fired (plus DL1000 for
 * parse errors) in `tool.driver.rules`, one result per problem. Columns are UTF-16 code units with
 * an exclusive end, which is both our convention and SARIF's default.
 */

const SHIPSHAPE_INFORMATION_URI = 'https://www.npmjs.com/package/shipshape';

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

const FIX_NOTES: Record<RuleMeta['fix'], string> = {
  none: '',
  safe: ' shipshape offers a safe automatic fix.',
  unsafe: ' shipshape offers an automatic fix that needs review.',
};

function helpUri(meta: Pick<RuleMeta, 'code' | 'url'>): string {
  return meta.url ?? `${SHIPSHAPE_INFORMATION_URI}#${meta.code.toLowerCase()}`;
}

function helpMarkdown(meta: RuleMeta, docs: RuleDocs): string {
  const examples = (title: string, texts: string[]): string => texts.map((text) => `${title}:\n\n\`\`\`dockerfile\n${text.trimEnd()}\n\`\`\``).join('\n\n');
  return [`${meta.description}`, `${docs.why}${FIX_NOTES[meta.fix]}`, examples('Bad', docs.examples.bad), examples('Good', docs.examples.good)].join('\n\n');
}

function ruleDescriptor(code: string, meta: RuleMeta | undefined, fallbackName: string, fallbackSeverity: Severity): ReportingDescriptor {
  if (code === PARSE_ERROR_CODE) {
    return {
      id: code,
      name: PARSE_ERROR_META.name,
      shortDescription: { text: PARSE_ERROR_META.description },
      fullDescription: { text: PARSE_ERROR_META.why },
      help: { text: PARSE_ERROR_META.why },
      helpUri: helpUri({ code }),
      defaultConfiguration: { level: LEVELS[PARSE_ERROR_META.severity] },
    };
  }
  if (meta === undefined) {
    return { id: code, name: fallbackName, helpUri: helpUri({ code }), defaultConfiguration: { level: LEVELS[fallbackSeverity] } };
  }
  const docs = RULE_DOCS[code];
  // A rule from outside the catalog (the `rules` option) may have no docs; its description stands in.
  const explanation = `${docs?.why ?? meta.description}${FIX_NOTES[meta.fix]}`;
  return {
    id: code,
    name: meta.name,
    shortDescription: { text: meta.description },
    fullDescription: { text: explanation },
    help: { text: explanation, ...(docs !== undefined && { markdown: helpMarkdown(meta, docs) }) },
    helpUri: helpUri(meta),
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { tags: [meta.category] },
  };
}

/** Relative paths stay relative to the checkout (`%SRCROOT%`); absolute ones become file URIs. */
function artifactLocation(file: string): ArtifactLocation {
  const path = file.replaceAll('\\', '/');
  const encoded = path
    .split('/')
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${encoded}` };
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded.replace(/^(?:\.\/)+/, ''), uriBaseId: '%SRCROOT%' };
}

/** 32-bit FNV-1a: a cheap, stable hash (the engine has no crypto) for fingerprints. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function formatSarif(files: readonly ReportFile[], options: ReportOptions): string {
  const metaOf = ruleMetaLookup(options.rules);
  const perFile = files.map((file) => {
    const lines = sourceLines(file.text);
    return { file, lines, problems: fileProblems(file, lines) };
  });
  const firstSeen = new Map<string, { name: string; severity: Severity }>();
  for (const { problems } of perFile) {
    for (const problem of problems) {
      if (!firstSeen.has(problem.code)) firstSeen.set(problem.code, { name: problem.finding?.name ?? problem.code, severity: problem.severity });
    }
  }
  const codes = [...firstSeen.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => {
    const seen = firstSeen.get(code) as { name: string; severity: Severity };
    return ruleDescriptor(code, metaOf(code), seen.name, seen.severity);
  });

  const results: Result[] = [];
  for (const { file, lines, problems } of perFile) {
    const location = artifactLocation(file.file);
    // Fingerprints survive edits elsewhere in the file: the code, the text of the flagged line,
    // and how many identical pairs came before it.
    const occurrences = new Map<string, number>();
    for (const problem of problems) {
      const { startLine, startColumn, endLine, endColumn } = problem.range;
      const hash = fnv1a(`${problem.code}\0${(lines[startLine - 1] ?? '').trim()}`);
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);
      results.push({
        ruleId: problem.code,
        ruleIndex: ruleIndex.get(problem.code) as number,
        level: LEVELS[problem.severity],
        message: { text: problem.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine, startColumn, endLine, endColumn } } }],
        partialFingerprints: { 'shipshapeLineHash/v1': `${hash}:${occurrence}` },
      });
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'shipshape', version: options.version, informationUri: SHIPSHAPE_INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
