import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isRuleCode, parseFailureThreshold, parseHadolintYaml } from '../engine/config/hadolint-yaml.js';
import { mergeSettings, SEVERITY_RANK } from '../engine/config/settings.js';
import { analyze, ENGINE_VERSION, type Analysis, type LintSettings, type Severity } from '../engine/index.js';
import { FORMATTERS, REPORT_FORMATS, reportFile, type ReportFormat } from '../engine/report/index.js';
import { readInput, readOptionalFile } from './input.js';
import { UsageError, type CliIo } from './io.js';

export const LINT_HELP = `usage: shipshape lint [FILE...|-] [options]

Lints each Dockerfile (standard input for - or when no FILE is given) and prints one report.

options:
  -f, --format FORMAT          text (default), json, sarif, markdown or github
  -c, --config FILE            settings in .hadolint.yaml form; without it ./.hadolint.yaml or
                               ./.hadolint.yml is used when present
      --enable-all             turn on every rule, including the ones off by default
      --ignore CODE            never report CODE (repeat for more codes)
  -t, --failure-threshold LVL  lowest severity that fails: error, warning, info (default), style,
                               or none (findings never fail; parse errors still do)
      --build-arg KEY=VALUE    a build argument, as docker build takes it (repeatable)
      --dockerignore FILE      the .dockerignore for every file. Without it, as Docker does with
                               the Dockerfile's directory as context: X.dockerignore next to a
                               Dockerfile X, else .dockerignore in its directory (none for stdin)
  -h, --help                   show this help

Settings apply in order: defaults, the config file, the command line; lists (ignored codes,
overrides, trusted registries) add up rather than replace.

exit codes: 0 nothing at or above the threshold, 1 something is (a parse error always is),
2 unusable input (unreadable file, bad option, invalid config or build argument)
`;

const CONFIG_LOOKUP = ['.hadolint.yaml', '.hadolint.yml'];

function parseConfig(text: string, fileName: string): LintSettings {
  const { settings, errors } = parseHadolintYaml(text, fileName);
  if (errors.length > 0) throw new UsageError(errors.join('; '));
  return settings;
}

/** `--config FILE`, else the first of ./.hadolint.yaml and ./.hadolint.yml that exists, as hadolint looks. */
async function loadConfig(path: string | undefined, io: CliIo): Promise<LintSettings> {
  if (path !== undefined) return parseConfig((await readInput(path, io)).text, path);
  for (const candidate of CONFIG_LOOKUP) {
    const text = await readOptionalFile(candidate, io);
    if (text !== null) return parseConfig(text, candidate);
  }
  return {};
}

function parseBuildArgs(values: readonly string[]): Record<string, string> {
  const buildArgs: Record<string, string> = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    if (equals <= 0) throw new UsageError(`invalid --build-arg "${value}" (expected KEY=VALUE)`);
    buildArgs[value.slice(0, equals)] = value.slice(equals + 1);
  }
  return buildArgs;
}

/** Docker's lookup: `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`. */
async function findDockerignore(dockerfile: string, io: CliIo): Promise<string | null> {
  return (await readOptionalFile(`${dockerfile}.dockerignore`, io)) ?? readOptionalFile(join(dirname(dockerfile), '.dockerignore'), io);
}

function fails(analysis: Analysis, threshold: Severity | 'none'): boolean {
  if (analysis.configErrors.length > 0 || analysis.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return true;
  if (threshold === 'none') return false;
  return [...analysis.findings, ...analysis.diagnostics].some((problem) => SEVERITY_RANK[problem.severity] >= SEVERITY_RANK[threshold]);
}

export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string', short: 'c' },
      'enable-all': { type: 'boolean' },
      ignore: { type: 'string', multiple: true, default: [] },
      'failure-threshold': { type: 'string', short: 't' },
      'build-arg': { type: 'string', multiple: true, default: [] },
      dockerignore: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = values.format as string;
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${REPORT_FORMATS.join(', ')})`);
  }
  const commandLine: LintSettings = {};
  if (values['enable-all'] === true) commandLine.enableAll = true;
  const badCode = values.ignore.find((code) => !isRuleCode(code));
  if (badCode !== undefined) throw new UsageError(`invalid rule code "${badCode}" for --ignore (give one code per --ignore)`);
  if (values.ignore.length > 0) commandLine.ignored = values.ignore;
  const thresholdFlag = values['failure-threshold'];
  if (thresholdFlag !== undefined) {
    const threshold = parseFailureThreshold(thresholdFlag);
    if (threshold === null) throw new UsageError(`unknown failure threshold "${thresholdFlag}" (expected error, warning, info, style or none)`);
    commandLine.failureThreshold = threshold;
  }
  const buildArgs = parseBuildArgs(values['build-arg']);
  const settings = mergeSettings(await loadConfig(values.config, io), commandLine);
  const sharedDockerignore = values.dockerignore === undefined ? undefined : (await readInput(values.dockerignore, io)).text;

  // Read everything before printing anything, so unusable input never leaves a partial report.
  const inputs: { name: string; text: string; dockerignore: string | null }[] = [];
  for (const argument of positionals.length > 0 ? positionals : ['-']) {
    const { name, text } = await readInput(argument, io);
    const dockerignore = sharedDockerignore ?? (argument === '-' ? null : await findDockerignore(argument, io));
    inputs.push({ name, text, dockerignore });
  }
  const threshold = settings.failureThreshold ?? 'info';
  let failed = false;
  const files = inputs.map(({ name, text, dockerignore }) => {
    const analysis = analyze({ dockerfile: text, dockerignore }, { buildArgs, settings });
    failed ||= fails(analysis, threshold);
    return reportFile(name, analysis);
  });
  io.stdout(FORMATTERS[format as ReportFormat](files, { version: ENGINE_VERSION }));
  return failed ? 1 : 0;
}
