import { EXAMPLES, type Example } from '../../data/examples/index';
import type { Workspace } from './store';

export function workspaceOf(state: Workspace): Workspace {
  const { dockerfile, dockerignore, buildArgs, settings, exampleId } = state;
  return { dockerfile, dockerignore, buildArgs, settings, exampleId };
}

export function exampleWorkspace(example: Example): Workspace {
  return { dockerfile: example.dockerfile, dockerignore: example.dockerignore, buildArgs: {}, settings: {}, exampleId: example.id };
}

/** Nothing of the user's own is in the editors: an example as shipped, or nothing at all. */
export function holdsNoOwnText(workspace: Pick<Workspace, 'dockerfile' | 'dockerignore'>): boolean {
  if (workspace.dockerfile.trim() === '' && workspace.dockerignore.trim() === '') return true;
  return EXAMPLES.some((example) => example.dockerfile === workspace.dockerfile && example.dockerignore === workspace.dockerignore);
}
