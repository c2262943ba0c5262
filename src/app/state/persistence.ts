/**
 * The autosaved workspace and preferences in localStorage. What is read back is validated like a
 * share link: another version of the app, or another tab, may have written it.
 * Storage can be missing or full (private windows, quotas); the playground then works unsaved.
 */
import { sanitizeBuildArgs, sanitizeSettings } from './settings';
import type { Grouping, ThemePreference, Workspace } from './store';

const WORKSPACE_KEY = 'shipshape.workspace';
/** The text a share link replaced, until the user restores it or saves over it. */
const PREVIOUS_WORKSPACE_KEY = 'shipshape.previous-workspace';
const PREFERENCES_KEY = 'shipshape.preferences';
const STORAGE_FORMAT = 1;

export interface Preferences {
  theme: ThemePreference;
  grouping: Grouping;
}

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];
const GROUPINGS: readonly Grouping[] = ['severity', 'category', 'stage'];

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function writeJson(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function readWorkspace(storage: Storage, key: string): Workspace | null {
  const saved = readJson(storage, key) as Record<string, unknown> | null;
  if (typeof saved !== 'object' || saved === null || saved.format !== STORAGE_FORMAT) return null;
  if (typeof saved.dockerfile !== 'string') return null;
  return {
    dockerfile: saved.dockerfile,
    dockerignore: typeof saved.dockerignore === 'string' ? saved.dockerignore : '',
    buildArgs: sanitizeBuildArgs(saved.buildArgs),
    settings: sanitizeSettings(saved.settings),
    exampleId: typeof saved.exampleId === 'string' ? saved.exampleId : null,
  };
}

function workspaceRecord(workspace: Workspace): unknown {
  const { dockerfile, dockerignore, buildArgs, settings, exampleId } = workspace;
  return { format: STORAGE_FORMAT, dockerfile, dockerignore, buildArgs, settings, exampleId };
}

export function loadWorkspace(storage: Storage): Workspace | null {
  return readWorkspace(storage, WORKSPACE_KEY);
}

/** False when the browser refused to store it. */
export function saveWorkspace(storage: Storage, workspace: Workspace): boolean {
  return writeJson(storage, WORKSPACE_KEY, workspaceRecord(workspace));
}

export function loadPreviousWorkspace(storage: Storage): Workspace | null {
  return readWorkspace(storage, PREVIOUS_WORKSPACE_KEY);
}

export function savePreviousWorkspace(storage: Storage, workspace: Workspace): void {
  writeJson(storage, PREVIOUS_WORKSPACE_KEY, workspaceRecord(workspace));
}

export function forgetPreviousWorkspace(storage: Storage): void {
  try {
    storage.removeItem(PREVIOUS_WORKSPACE_KEY);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

export function loadPreferences(storage: Storage): Preferences {
  const saved = readJson(storage, PREFERENCES_KEY) as Partial<Record<keyof Preferences, unknown>> | null;
  return {
    theme: THEMES.includes(saved?.theme as ThemePreference) ? (saved?.theme as ThemePreference) : 'system',
    grouping: GROUPINGS.includes(saved?.grouping as Grouping) ? (saved?.grouping as Grouping) : 'severity',
  };
}

export function savePreferences(storage: Storage, preferences: Preferences): void {
  writeJson(storage, PREFERENCES_KEY, preferences);
}

/** Whether two workspaces hold the same work (the example they came from does not count). */
export function sameWork(a: Workspace, b: Workspace): boolean {
  return (
    a.dockerfile === b.dockerfile &&
    a.dockerignore === b.dockerignore &&
    JSON.stringify(a.buildArgs) === JSON.stringify(b.buildArgs) &&
    JSON.stringify(a.settings) === JSON.stringify(b.settings)
  );
}

/** A Storage that keeps items in memory only: the stand-in when the browser denies localStorage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}
