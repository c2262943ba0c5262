/**
 * The analysis worker, created when this module is evaluated: main.tsx imports it before
 * anything else, so the engine boots while React and Monaco are still loading.
 */
export const engineWorker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'shipshape-engine' });
