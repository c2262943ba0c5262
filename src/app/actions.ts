/**
 * What the user can do, in one place, so that buttons, keyboard shortcuts and the editor's quick
 * fixes all behave the same way.
 */
import { DEFAULT_EXAMPLE, exampleById, type Example } from '../data/examples/index';
import type { Severity } from '../engine/index';
import { engine } from './analysis/liveAnalysis';
import type { ExportFormat } from './analysis/protocol';
import { confirmDialog, showLinkDialog } from './dialogs/dialogs';
import { replaceDocument } from './editor/editorBridge';
import { shareHashFor } from './share/shareLink';
import { pruneSettings, withRuleState } from './state/settings';
import { analysisInputOf, getState, notify, setState } from './state/store';
import { holdsNoOwnText } from './state/workspace';

/** Replacing text the user wrote needs their consent; replacing an untouched example does not. */
async function mayReplaceText(what: string): Promise<boolean> {
  if (holdsNoOwnText(getState())) return true;
  return confirmDialog({
    title: `Replace your Dockerfile with ${what}?`,
    body: ['The editor holds text you wrote or changed. You can still get it back with Undo (Ctrl+Z) in the editor.'],
    confirmLabel: 'Replace',
    tone: 'danger',
  });
}

function loadTexts(dockerfile: string, dockerignore: string): void {
  replaceDocument('dockerfile', dockerfile);
  replaceDocument('dockerignore', dockerignore);
}

export async function loadExample(example: Example): Promise<void> {
  if (!(await mayReplaceText(`the example “${example.title}”`))) return;
  loadTexts(example.dockerfile, example.dockerignore);
  setState({ exampleId: example.id, selectedFinding: null, panel: 'findings' });
  notify(`Loaded “${example.title}”`);
}

/** A rule's Bad or Good example, to see the rule fire (or not) in the editor. */
export async function openRuleExample(code: string, kind: 'bad' | 'good', text: string): Promise<void> {
  if (!(await mayReplaceText(`the ${kind} example of ${code}`))) return;
  loadTexts(text, '');
  setState({ exampleId: null, selectedFinding: null, panel: 'findings' });
  notify(`Opened the ${kind} example of ${code}`);
}

export async function resetToExample(): Promise<void> {
  const example = exampleById(getState().exampleId) ?? DEFAULT_EXAMPLE;
  const confirmed = await confirmDialog({
    title: `Reset to “${example.title}”?`,
    body: ['This replaces the Dockerfile and .dockerignore with the example. Settings and build args stay as they are.'],
    confirmLabel: 'Reset',
    tone: 'danger',
  });
  if (!confirmed) return;
  loadTexts(example.dockerfile, example.dockerignore);
  setState({ exampleId: example.id, selectedFinding: null });
  notify(`Reset to “${example.title}”`);
}

/** Engine calls fail only on an engine bug; say so rather than fail silently. */
async function withEngine<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    notify(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export async function fixAllSafeFixes(): Promise<void> {
  const state = getState();
  const result = await withEngine('Fixing', () => engine().call('fixAll', { input: analysisInputOf(state) }));
  if (result === undefined) return;
  if (result.applied === 0) {
    notify('No safe fixes to apply');
    return;
  }
  // The text may have changed while the worker was busy; newer typing is never overwritten.
  if (getState().dockerfile !== state.dockerfile) {
    notify('The text changed while fixing; nothing was applied');
    return;
  }
  replaceDocument('dockerfile', result.dockerfile);
  notify(`Applied ${result.applied} safe fix${result.applied === 1 ? '' : 'es'}${result.passes > 1 ? ` in ${result.passes} passes` : ''}`);
}

export function setRuleState(code: string, state: { enabled: boolean; severity: Severity }): void {
  const meta = getState().ruleCatalog.find((rule) => rule.code === code);
  if (meta === undefined) return;
  setState({ settings: withRuleState(getState().settings, code, state, meta) });
}

export function disableRule(code: string): void {
  const meta = getState().ruleCatalog.find((rule) => rule.code === code);
  if (meta === undefined) return;
  setRuleState(code, { enabled: false, severity: meta.severity });
  notify(`${code} is off — turn it back on under Settings`);
}

/** The page's address without any fragment. */
function pageAddress(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

function currentShareLink(): string {
  const state = getState();
  return `${pageAddress()}${shareHashFor({
    dockerfile: state.dockerfile,
    dockerignore: state.dockerignore,
    buildArgs: state.buildArgs,
    settings: state.settings,
    panel: state.panel,
    rule: state.panel === 'rules' ? state.selectedRule : null,
    finding: state.selectedFinding,
  })}`;
}

/** Asks before putting likely secrets into something that leaves the page. */
async function mayShare(what: string): Promise<boolean> {
  // The secret patterns are only needed when something is shared: they load then.
  const { secretsInWorkspace } = await import('./share/secretScan');
  const secrets = secretsInWorkspace(getState());
  if (secrets.length === 0) return true;
  return confirmDialog({
    title: 'This may contain secrets',
    body: [
      `The ${what} carries your Dockerfile, .dockerignore and build args, and these look like credentials. Anyone who gets the ${what} can read them.`,
      'Remove them (use build secrets: RUN --mount=type=secret) before sharing, or copy anyway if they are placeholders.',
    ],
    details: secrets,
    confirmLabel: 'Copy anyway',
    tone: 'danger',
  });
}

async function copyText(text: string, fallbackTitle: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    await showLinkDialog({ title: fallbackTitle, body: 'The browser did not allow copying. Select the text below and copy it yourself.', link: text });
    return false;
  }
}

export async function copyShareLink(): Promise<void> {
  if (!(await mayShare('link'))) return;
  if (await copyText(currentShareLink(), 'Share link')) notify('Link copied — it holds everything needed to see the same findings');
}

export async function copyMarkdownReport(): Promise<void> {
  if (!(await mayShare('report'))) return;
  const markdown = await withEngine('The Markdown report', () => engine().call('exportReport', { input: analysisInputOf(getState()), format: 'markdown' }));
  if (markdown === undefined) return;
  const withLink = `${markdown.trimEnd()}\n\n[Open this Dockerfile in shipshape](${currentShareLink()})\n`;
  if (await copyText(withLink, 'Findings as Markdown')) notify('Findings copied as a Markdown table');
}

const DOWNLOADS: Record<Exclude<ExportFormat, 'markdown'>, { fileName: string; type: string }> = {
  sarif: { fileName: 'shipshape.sarif', type: 'application/sarif+json' },
  json: { fileName: 'shipshape.json', type: 'application/json' },
};

function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the time the click returns; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function downloadReport(format: Exclude<ExportFormat, 'markdown'>): Promise<void> {
  const content = await withEngine('The report', () => engine().call('exportReport', { input: analysisInputOf(getState()), format }));
  if (content === undefined) return;
  const { fileName, type } = DOWNLOADS[format];
  downloadFile(fileName, type, content);
  notify(`Downloaded ${fileName}`);
}

export async function importHadolintYaml(text: string): Promise<string[]> {
  const imported = await withEngine('Importing .hadolint.yaml', () => engine().call('importHadolintYaml', { text }));
  if (imported === undefined) return [];
  const { settings, errors } = imported;
  setState({ settings: pruneSettings(settings) });
  notify(errors.length === 0 ? 'Imported .hadolint.yaml' : `Imported .hadolint.yaml with ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
  return errors;
}

export async function exportHadolintYaml(): Promise<void> {
  const yaml = await withEngine('Exporting .hadolint.yaml', () => engine().call('exportHadolintYaml', { settings: getState().settings }));
  if (yaml === undefined) return;
  downloadFile('.hadolint.yaml', 'application/yaml', yaml);
  notify('Downloaded .hadolint.yaml');
}
