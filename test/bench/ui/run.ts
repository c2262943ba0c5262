/**
 * `npm run bench:ui`: how the playground compares with a bare Monaco page, in real Chromium.
 * Builds both, serves them, and measures
 *   - navigation → editor visible, and → first findings visible (cold loads, median);
 *   - JavaScript fetched by a cold load (pages and workers), gzip;
 *   - keystroke → markers updated, on a 300-line and a 5,000-line Dockerfile (median and p95),
 *     each keystroke an isolated edit (the first after a pause, as a person fixing a typo makes),
 *     typing from READING_MS after the editor shows: page load is what the first rows measure;
 *     with the engine's own time per analysis, as the page's worker reports it.
 * Prints a table with the targets. A measurement, not a test: it never fails on a miss.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { shareHashFor } from '../../../src/app/share/shareLink';
import { generatedInput } from '../inputs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const COLD_LOADS = 7;
/** Enough that p95 is not simply the second-slowest keystroke. */
const KEYSTROKES = 40;
/** Longer than the playground's 150 ms typing pause, so every keystroke is analysed on its own. */
const BETWEEN_KEYSTROKES_MS = 300;
/** Before the first keystroke: a person reads the findings, then clicks where to edit. */
const READING_MS = 2000;

interface LoadSample {
  editorMs: number;
  findingsMs: number | null;
  jsGzipBytes: number;
}

/** Records, in page time, when the editor's first line and the first finding appear. */
function installProbes(): void {
  const marks: { editor: number | null; findings: number | null } = { editor: null, findings: null };
  Object.assign(window, { benchMarks: marks });
  new MutationObserver(() => {
    if (marks.editor === null && document.querySelector('.monaco-editor .view-line span')?.textContent) marks.editor = performance.now();
    if (marks.findings === null && document.querySelector('.findings-panel li.problem')) marks.findings = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function coldLoad(browser: Browser, url: string, expectFindings: boolean): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Bodies are read and compressed only after the load is measured: on a 2-core machine, doing it
  // while the page loads takes CPU from the page being timed.
  const scripts: Response[] = [];
  context.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response);
  });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (needFindings) => {
      const marks = (window as unknown as { benchMarks: { editor: number | null; findings: number | null } }).benchMarks;
      return marks.editor !== null && (!needFindings || marks.findings !== null);
    },
    expectFindings,
    { timeout: 60_000 },
  );
  // Late chunks (the shell tokenizer, the editor worker) belong to start-up too.
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => (window as unknown as { benchMarks: { editor: number; findings: number | null } }).benchMarks);
  const jsGzipBytes = (await Promise.all(scripts.map((response) => response.body().then((body) => gzipSync(body).length, () => 0)))).reduce(
    (sum, bytes) => sum + bytes,
    0,
  );
  await context.close();
  return { editorMs: marks.editor, findingsMs: marks.findings, jsGzipBytes };
}

/**
 * Keeps the engine time of every analysis the page's engine worker reports (its replies carry
 * `durationMs`), so that the keystroke rows can say how much of a keystroke is the engine itself.
 */
function recordEngineTimes(): void {
  const times: number[] = [];
  Object.assign(window, { engineTimes: times });
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'shipshape-engine') return;
      this.addEventListener('message', (event: MessageEvent<{ result?: { durationMs?: unknown } }>) => {
        const duration = event.data.result?.durationMs;
        if (typeof duration === 'number') times.push(duration);
      });
    }
  };
}

/**
 * Types `X` on the empty line 2 and deletes it again, timing keydown → error marker shown or gone.
 * The page records both moments itself: Playwright may deliver a key before a script it was
 * asked to run earlier, so nothing is armed from outside between the two.
 */
async function keystrokeLatencies(page: Page): Promise<{ latencies: number[]; engineTimes: number[] }> {
  await page.evaluate(() => {
    (window as unknown as { engineTimes: number[] }).engineTimes.length = 0;
    const editor = document.querySelector('.monaco-editor') as HTMLElement;
    const probe = { before: -1, pressedAt: null as number | null, changedAt: null as number | null };
    Object.assign(window, { keystrokeProbe: probe });
    window.addEventListener(
      'keydown',
      () => {
        probe.before = editor.querySelectorAll('.squiggly-error').length;
        probe.pressedAt = performance.now();
        probe.changedAt = null;
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (probe.pressedAt === null || probe.changedAt !== null) return;
      if (editor.querySelectorAll('.squiggly-error').length !== probe.before) probe.changedAt = performance.now();
    }).observe(editor, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  const samples: number[] = [];
  for (let index = 0; index < KEYSTROKES; index++) {
    await page.waitForTimeout(BETWEEN_KEYSTROKES_MS);
    await page.keyboard.press(index % 2 === 0 ? 'X' : 'Backspace');
    const latency = await page.waitForFunction(
      () => {
        const probe = (window as unknown as { keystrokeProbe: { pressedAt: number | null; changedAt: number | null } }).keystrokeProbe;
        return probe.pressedAt !== null && probe.changedAt !== null ? probe.changedAt - probe.pressedAt : null;
      },
      undefined,
      { timeout: 10_000, polling: 20 },
    );
    samples.push((await latency.jsonValue()) as number);
  }
  const engineTimes = await page.evaluate(() => [...(window as unknown as { engineTimes: number[] }).engineTimes]);
  return { latencies: samples, engineTimes };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

const median = (values: readonly number[]) => quantile(values, 0.5);
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The generated file with an empty line 2 to type into. */
function benchDockerfile(lines: number): string {
  const [first, ...rest] = generatedInput(lines - 1).text.split('\n');
  return [first, '', ...rest].join('\n');
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'shipshape-bench-ui-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | null = null;
  try {
    console.log('Building the playground and the bare Monaco page…');
    await build({ root: REPO, configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(out, 'app'), emptyOutDir: true } });
    const bareConfig = join(REPO, 'test/bench/ui/vite.config.ts');
    await build({ configFile: bareConfig, build: { outDir: join(out, 'bare') } });
    const app = await preview({ root: REPO, configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(out, 'app') }, preview: { port: 4191 } });
    const bare = await preview({ configFile: bareConfig, build: { outDir: join(out, 'bare') }, preview: { port: 4192 } });
    servers.push(app, bare);
    const appUrl = app.resolvedUrls?.local[0] ?? 'http://localhost:4191/';
    const bareUrl = bare.resolvedUrls?.local[0] ?? 'http://localhost:4192/';

    browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) && { executablePath: SYSTEM_CHROMIUM }),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });

    console.log(`Cold loads (${COLD_LOADS} each, alternating)…`);
    const bareLoads: LoadSample[] = [];
    const appLoads: LoadSample[] = [];
    // One unmeasured load each warms the disk cache and the server.
    await coldLoad(browser, bareUrl, false);
    await coldLoad(browser, appUrl, true);
    for (let run = 0; run < COLD_LOADS; run++) {
      bareLoads.push(await coldLoad(browser, bareUrl, false));
      appLoads.push(await coldLoad(browser, appUrl, true));
    }

    const typing: { lines: number; samples: number[]; engineMs: number[] }[] = [];
    for (const lines of [300, 5000]) {
      console.log(`Keystrokes on a ${lines}-line Dockerfile…`);
      const dockerfile = benchDockerfile(lines);
      const hash = shareHashFor({ dockerfile, dockerignore: '', buildArgs: {}, settings: {}, panel: 'findings', rule: null, finding: null });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(recordEngineTimes);
      const page = await context.newPage();
      await page.goto(`${appUrl}${hash}`);
      await page.locator('.findings-panel[aria-busy="false"] li.problem').first().waitFor({ timeout: 60_000 });
      // Findings can show before Monaco has loaded; typing needs the editor.
      await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(READING_MS);
      const { latencies, engineTimes } = await keystrokeLatencies(page);
      typing.push({ lines, samples: latencies, engineMs: engineTimes });
      await context.close();
    }

    const bareEditor = median(bareLoads.map((load) => load.editorMs));
    const appEditor = median(appLoads.map((load) => load.editorMs));
    const appFindings = median(appLoads.map((load) => load.findingsMs ?? Number.NaN));
    const bareJs = median(bareLoads.map((load) => load.jsGzipBytes));
    const appJs = median(appLoads.map((load) => load.jsGzipBytes));
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const rows: string[][] = [
      ['navigation → editor visible (median)', ms(bareEditor), ms(appEditor), `${(appEditor / bareEditor).toFixed(2)}×`, '≤ 1.15×', verdict(appEditor <= bareEditor * 1.15)],
      ['navigation → first findings visible (median)', '–', ms(appFindings), `${(appFindings / appEditor).toFixed(2)}× editor`, '≤ editor', verdict(appFindings <= appEditor)],
      ['JavaScript fetched at start (gzip, incl. workers)', kb(bareJs), kb(appJs), `+${kb(appJs - bareJs)}`, '≤ +150 KB', verdict(appJs - bareJs <= 150 * 1024)],
      ...typing.flatMap(({ lines, samples, engineMs }) => {
        const target = lines <= 300 ? 50 : 150;
        const p95 = quantile(samples, 0.95);
        return [
          [`keystroke → markers, ${lines} lines (median / p95)`, '–', `${ms(median(samples))} / ${ms(p95)}`, '', `p95 ≤ ${target} ms`, verdict(p95 <= target)],
          [`  of which the engine, in the page's worker (median / p95)`, '–', `${ms(median(engineMs))} / ${ms(quantile(engineMs, 0.95))}`, '', '', ''],
        ];
      }),
    ];
    const header = ['measure', 'bare Monaco', 'playground', 'ratio', 'target', ''];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
    console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}`);
    console.log(`\n${COLD_LOADS} cold loads each (fresh browser context, no HTTP cache), ${KEYSTROKES} keystrokes per file from ${READING_MS / 1000} s after the editor shows, headless Chromium.`);
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
