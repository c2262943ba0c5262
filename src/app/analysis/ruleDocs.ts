/**
 * The rule docs (why and examples) are not in the rule catalog the page gets at start: most
 * visits never show them, so the worker loads them as a chunk of their own when first asked.
 */
import type { RuleDocsByCode } from '../../engine/index';
import { notify, setState } from '../state/store';
import { engine } from './liveAnalysis';

let request: Promise<RuleDocsByCode | null> | null = null;

/**
 * The docs, from the worker on the first call and kept in the store. Null when loading failed
 * (the user is told, and the next call tries again): callers then show the rules without docs.
 */
export function fetchRuleDocs(): Promise<RuleDocsByCode | null> {
  request ??= engine()
    .call('ruleDocs', {})
    .then(
      (ruleDocs) => {
        setState({ ruleDocs });
        return ruleDocs;
      },
      (error: unknown) => {
        request = null;
        notify(`The rule docs could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      },
    );
  return request;
}
