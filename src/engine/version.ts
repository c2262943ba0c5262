/** The engine's version, shown by the CLI and the playground (kept equal to package.json by a test). */
export const ENGINE_VERSION = '0.1.0';
