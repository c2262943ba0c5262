/**
 * Start-up: restore the autosaved workspace, open a share link or a `#rule=` link, and keep
 * saving. A share link that cannot be read never touches the saved work.
 */
import { DEFAULT_EXAMPLE } from '../data/examples/index';
import { replaceDocument, revealInEditor } from './editor/editorBridge';
import { ruleFromFragment } from './editor/markers';
import { findReferenced, problemsOf } from './panels/problems';
import {
  forgetPreviousWorkspace,
  loadPreferences,
  loadPreviousWorkspace,
  loadWorkspace,
  memoryStorage,
  sameWork,
  savePreferences,
  savePreviousWorkspace,
  saveWorkspace,
} from './state/persistence';
import { isShareHash, readShareHash, type FindingReference } from './share/shareLink';
import { getState, notify, setState, showRule, usePlaygroundStore, type Workspace } from './state/store';
import { exampleWorkspace, holdsNoOwnText, workspaceOf } from './state/workspace';

/** Saving on every keystroke would be wasted work; a reload within this window loses nothing typed before it. */
const AUTOSAVE_DELAY_MS = 400;

/** localStorage, or a stand-in that forgets, when the browser denies storage. */
export function browserStorage(): Storage {
  try {
    const storage = window.localStorage;
    storage.getItem('shipshape.probe');
    return storage;
  } catch {
    return memoryStorage();
  }
}

let findingToReveal: FindingReference | null = null;

function applyWorkspace(workspace: Workspace): void {
  replaceDocument('dockerfile', workspace.dockerfile);
  replaceDocument('dockerignore', workspace.dockerignore);
  setState({ buildArgs: workspace.buildArgs, settings: workspace.settings, exampleId: workspace.exampleId });
}

function openShareLink(hash: string, storage: Storage): void {
  const result = readShareHash(hash);
  // The link has done its job; without it, a reload shows the autosaved state (with later edits).
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!result.ok) {
    setState({ banner: { tone: 'error', message: `${result.message} Your own text is unchanged.` } });
    return;
  }
  const { state: shared } = result;
  const sharedWorkspace: Workspace = { ...shared, exampleId: null };
  const current = workspaceOf(getState());
  if (!sameWork(current, sharedWorkspace) && !holdsNoOwnText(current)) {
    savePreviousWorkspace(storage, current);
    setState({
      banner: {
        tone: 'info',
        message: 'You opened a shared Dockerfile. What you had before is kept.',
        action: {
          label: 'Restore my previous text',
          run: () => {
            const previous = loadPreviousWorkspace(storage);
            if (previous !== null) applyWorkspace(previous);
            forgetPreviousWorkspace(storage);
            setState({ banner: null });
            notify('Restored your previous text');
          },
        },
      },
    });
  }
  applyWorkspace(sharedWorkspace);
  setState({ panel: shared.panel, selectedRule: shared.rule, selectedFinding: shared.finding });
  findingToReveal = shared.finding;
}

function openFragment(hash: string, storage: Storage): void {
  if (isShareHash(hash)) {
    openShareLink(hash, storage);
    return;
  }
  const rule = ruleFromFragment(hash);
  if (rule !== null) showRule(rule);
}

/** A shared link can name a finding: select it once the analysis of the shared text is in. */
function revealSharedFinding(): void {
  usePlaygroundStore.subscribe((state) => {
    if (findingToReveal === null || state.analysis.status !== 'done' || state.analysis.input.dockerfile !== state.dockerfile) return;
    const problem = findReferenced(problemsOf(state.analysis), findingToReveal);
    findingToReveal = null;
    if (problem !== undefined) revealInEditor(problem.range, false);
  });
}

function autosave(storage: Storage): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = () => {
    clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    if (!saveWorkspace(storage, workspaceOf(getState()))) {
      setState({ banner: { tone: 'error', message: 'The browser refused to save your work (storage full or disabled). Copy a share link to keep it.' } });
    }
  };
  usePlaygroundStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme || state.grouping !== previous.grouping) {
      savePreferences(storage, { theme: state.theme, grouping: state.grouping });
    }
    const changed =
      state.dockerfile !== previous.dockerfile ||
      state.dockerignore !== previous.dockerignore ||
      state.buildArgs !== previous.buildArgs ||
      state.settings !== previous.settings ||
      state.exampleId !== previous.exampleId;
    if (!changed) return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  // Closing the tab right after typing must not lose the last keystrokes.
  window.addEventListener('pagehide', flush);
}

export function bootstrap(storage: Storage): void {
  const saved = loadWorkspace(storage);
  setState({ ...(saved ?? exampleWorkspace(DEFAULT_EXAMPLE)), ...loadPreferences(storage) });
  revealSharedFinding();
  openFragment(location.hash, storage);
  window.addEventListener('hashchange', () => openFragment(location.hash, storage));
  autosave(storage);
}
