export interface Example {
  /** Stable: stored in autosaves. */
  id: string;
  title: string;
  /** One or two sentences on what the example shows. */
  description: string;
  /** `naive`: written the way many first Dockerfiles are. `optimized`: the same job done well. */
  kind: 'naive' | 'optimized';
  dockerfile: string;
  dockerignore: string;
  /**
   * For a naive example, the rule codes it exists to show: each must be reported. An optimized
   * example lists none and must have no finding at warning level or above.
   */
  expect: string[];
  /** The example that shows the other side of the same app, if there is one. */
  counterpart?: string;
}
