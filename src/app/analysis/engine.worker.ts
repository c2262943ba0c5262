/** Runs the engine off the main thread so that typing never waits for analysis. */
import { analyze, ALL_RULES, ENGINE_VERSION, loadRuleDocs, type AnalyzeOptions } from '../../engine/index';
import { BROWSER_TIMERS } from './analysisScheduler';
import { fixAllSafe } from './fixAll';
import type { AnalysisInput, AnalysisResult, Operations, WorkerRequest, WorkerResponse } from './protocol';
import { createWarmUp } from './warmUp';

/** The file name reports use, as the CLI would print it for `shipshape lint Dockerfile`. */
const REPORT_FILE_NAME = 'Dockerfile';

function optionsFor(input: AnalysisInput): AnalyzeOptions {
  return { buildArgs: input.buildArgs, settings: input.settings };
}

function analyzeInput(input: AnalysisInput) {
  return analyze({ dockerfile: input.dockerfile, dockerignore: input.dockerignore || null }, optionsFor(input));
}

function runAnalysis(input: AnalysisInput): AnalysisResult {
  const started = performance.now();
  const analysis = analyzeInput(input);
  return {
    diagnostics: analysis.diagnostics,
    findings: analysis.findings,
    configErrors: analysis.configErrors,
    stages: analysis.model.stages.map((stage) => ({ index: stage.index, name: stage.name, line: stage.from.range.startLine })),
    durationMs: performance.now() - started,
  };
}

const warmUp = createWarmUp(analyzeInput, BROWSER_TIMERS);

/** Rule docs, reports and YAML are rarely needed: their code (and the YAML library) loads on first use. */
async function handle(request: WorkerRequest): Promise<Operations[WorkerRequest['operation']]['result']> {
  switch (request.operation) {
    case 'analyze':
      warmUp.use(request.input);
      return runAnalysis(request.input);
    case 'fixAll':
      return fixAllSafe(request.input.dockerfile, request.input.dockerignore || null, optionsFor(request.input));
    case 'ruleCatalog':
      return ALL_RULES.map((rule) => rule.meta);
    case 'ruleDocs':
      return loadRuleDocs();
    case 'exportReport': {
      const { FORMATTERS, reportFile } = await import('../../engine/report/index');
      return FORMATTERS[request.format]([reportFile(REPORT_FILE_NAME, analyzeInput(request.input))], { version: ENGINE_VERSION });
    }
    case 'importHadolintYaml': {
      const { parseHadolintYaml } = await import('../../engine/config/hadolint-yaml');
      return parseHadolintYaml(request.text);
    }
    case 'exportHadolintYaml': {
      const { serializeHadolintYaml } = await import('../../engine/config/hadolint-yaml');
      return serializeHadolintYaml(request.settings);
    }
    case 'warmUp':
      warmUp.start();
      return null;
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  warmUp.pause();
  handle(event.data)
    .then(
      (result) => self.postMessage({ id, ok: true, result } satisfies WorkerResponse),
      // An engine bug must show in the page instead of leaving stale findings on screen.
      (error: unknown) => self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse),
    )
    .finally(() => warmUp.resume());
});
