import { findSecrets, SECRET_KIND_LABELS } from '../../engine/rules/helpers/secrets';
import type { Workspace } from '../state/store';

/**
 * Likely secrets in what a share link or report would carry, described for a person:
 * "GitHub token (Dockerfile, line 4)". Build args count: they travel in the link too.
 */
export function secretsInWorkspace(workspace: Pick<Workspace, 'dockerfile' | 'dockerignore' | 'buildArgs'>): string[] {
  const sources: [name: string, text: string][] = [
    ['Dockerfile', workspace.dockerfile],
    ['.dockerignore', workspace.dockerignore],
    ['build args', Object.entries(workspace.buildArgs).map(([name, value]) => `${name}=${value}`).join('\n')],
  ];
  return sources.flatMap(([name, text]) =>
    findSecrets(text).map((secret) => {
      const line = text.slice(0, secret.start).split('\n').length;
      return `${SECRET_KIND_LABELS[secret.kind]} (${name}, line ${line})`;
    }),
  );
}
