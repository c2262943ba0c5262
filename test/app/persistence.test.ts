import { describe, expect, it } from 'vitest';
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
} from '../../src/app/state/persistence';
import type { Workspace } from '../../src/app/state/store';

/** A storage whose quota is used up: every write fails as the browser's does. */
function fullStorage(): Storage {
  const storage = memoryStorage();
  storage.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  return storage;
}

const WORK: Workspace = {
  dockerfile: 'FROM alpine:3.20\n',
  dockerignore: '.git\n',
  buildArgs: { TAG: '1' },
  settings: { rules: { DL3008: false } },
  exampleId: null,
};

describe('autosave', () => {
  it('restores what it saved', () => {
    const storage = memoryStorage();
    expect(saveWorkspace(storage, WORK)).toBe(true);
    expect(loadWorkspace(storage)).toEqual(WORK);
  });

  it('ignores what it cannot read, without failing', () => {
    const storage = memoryStorage();
    storage.setItem('shipshape.workspace', '{not json');
    expect(loadWorkspace(storage)).toBeNull();
    storage.setItem('shipshape.workspace', JSON.stringify({ format: 99, dockerfile: 'x' }));
    expect(loadWorkspace(storage)).toBeNull();
    storage.setItem('shipshape.workspace', JSON.stringify({ format: 1, dockerfile: 'x', settings: { rules: { DL3008: 'loud' } }, buildArgs: [1] }));
    expect(loadWorkspace(storage)).toEqual({ dockerfile: 'x', dockerignore: '', buildArgs: {}, settings: {}, exampleId: null });
  });

  it('reports a full storage instead of throwing', () => {
    expect(saveWorkspace(fullStorage(), WORK)).toBe(false);
  });

  it('keeps the text a share link replaced until it is restored', () => {
    const storage = memoryStorage();
    savePreviousWorkspace(storage, WORK);
    expect(loadPreviousWorkspace(storage)).toEqual(WORK);
    forgetPreviousWorkspace(storage);
    expect(loadPreviousWorkspace(storage)).toBeNull();
  });

  it('keeps preferences, defaulting what it does not know', () => {
    const storage = memoryStorage();
    expect(loadPreferences(storage)).toEqual({ theme: 'system', grouping: 'severity' });
    savePreferences(storage, { theme: 'dark', grouping: 'stage' });
    expect(loadPreferences(storage)).toEqual({ theme: 'dark', grouping: 'stage' });
    storage.setItem('shipshape.preferences', JSON.stringify({ theme: 'neon', grouping: 'stage' }));
    expect(loadPreferences(storage)).toEqual({ theme: 'system', grouping: 'stage' });
  });

  it('compares work without the example it came from', () => {
    expect(sameWork(WORK, { ...WORK, exampleId: 'python-naive' })).toBe(true);
    expect(sameWork(WORK, { ...WORK, dockerfile: 'FROM scratch\n' })).toBe(false);
  });
});
