/**
 * Page state. Every field says where it lives beyond this tab:
 *   [saved]  localStorage — the autosaved workspace and preferences, restored on reload;
 *   [link]   share links — what a reviewer needs to see the same findings;
 *   [page]   nowhere — derived, transient, or about this page view only.
 */
import { create } from 'zustand';
import type { LintSettings } from '../../engine/config/settings';
import type { RuleDocsByCode, RuleMeta } from '../../engine/index';
import type { AnalysisInput, AnalysisResult } from '../analysis/protocol';
import type { FindingReference, PanelId } from '../share/shareLink';

export type DocumentKind = 'dockerfile' | 'dockerignore';
export type ThemePreference = 'system' | 'light' | 'dark';
export type Grouping = 'severity' | 'category' | 'stage';

export type AnalysisState =
  | { status: 'pending' }
  | { status: 'done'; result: AnalysisResult; input: AnalysisInput }
  | { status: 'failed'; message: string };

export interface Banner {
  tone: 'error' | 'info';
  message: string;
  action?: { label: string; run(): void };
}

export interface Workspace {
  dockerfile: string;
  dockerignore: string;
  buildArgs: Record<string, string>;
  settings: LintSettings;
  /** The example the text started from, for "Reset to example". */
  exampleId: string | null;
}

export interface PlaygroundState extends Workspace {
  // dockerfile, dockerignore, buildArgs, settings: [saved] [link]; exampleId: [saved]
  /** [saved] */
  theme: ThemePreference;
  /** [saved] How the Findings panel groups its list. */
  grouping: Grouping;
  /** [link] */
  panel: PanelId;
  /** [link] The rule shown in the Rules panel. */
  selectedRule: string | null;
  /** [link] The finding last chosen in the list or the editor. */
  selectedFinding: FindingReference | null;
  /** [page] */
  activeDocument: DocumentKind;
  /** [page] The Findings panel's filter text. */
  filter: string;
  /** [page] The editor cursor's line, whose findings the panel highlights. */
  cursorLine: number | null;
  /** [page] Findings for the most recently analysed input (which may trail the text while typing). */
  analysis: AnalysisState;
  /** [page] Every rule's metadata, from the worker. */
  ruleCatalog: RuleMeta[];
  /** [page] Every rule's why and examples, from the worker once first needed (see fetchRuleDocs). */
  ruleDocs: RuleDocsByCode | null;
  /** [page] A message at the top of the page that stays until dismissed. */
  banner: Banner | null;
  /** [page] A short confirmation that goes away by itself ("Link copied"). */
  notice: string | null;
}

export const usePlaygroundStore = create<PlaygroundState>()(() => ({
  dockerfile: '',
  dockerignore: '',
  buildArgs: {},
  settings: {},
  exampleId: null,
  theme: 'system',
  grouping: 'severity',
  panel: 'findings',
  selectedRule: null,
  selectedFinding: null,
  activeDocument: 'dockerfile',
  filter: '',
  cursorLine: null,
  analysis: { status: 'pending' },
  ruleCatalog: [],
  ruleDocs: null,
  banner: null,
  notice: null,
}));

export function setState(partial: Partial<PlaygroundState>): void {
  usePlaygroundStore.setState(partial);
}

export function getState(): PlaygroundState {
  return usePlaygroundStore.getState();
}

/** The input the engine sees for the current state. */
export function analysisInputOf(state: Workspace): AnalysisInput {
  return { dockerfile: state.dockerfile, dockerignore: state.dockerignore, buildArgs: state.buildArgs, settings: state.settings };
}

/** Whether `analysis`, e.g. the one on screen, is of exactly the current input (typing makes it trail briefly). */
export function analysisIsCurrent(state: PlaygroundState, analysis: AnalysisState): boolean {
  if (analysis.status !== 'done') return false;
  const { input } = analysis;
  return (
    input.dockerfile === state.dockerfile &&
    input.dockerignore === state.dockerignore &&
    input.buildArgs === state.buildArgs &&
    input.settings === state.settings
  );
}

export function showRule(code: string): void {
  setState({ panel: 'rules', selectedRule: code });
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/** Long enough to read a few words, short enough not to linger over the work. */
const NOTICE_MS = 3500;

export function notify(message: string): void {
  clearTimeout(noticeTimer);
  setState({ notice: message });
  noticeTimer = setTimeout(() => setState({ notice: null }), NOTICE_MS);
}
