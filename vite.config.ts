import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    // `dist/` belongs to the Node build of the engine and CLI (tsconfig.node.json).
    outDir: 'dist-app',
    emptyOutDir: true,
    // Monaco's core is one ~3 MB chunk, loaded lazily after the page and the analysis are up;
    // the default 500 kB warning would fire on every build and hide warnings that matter.
    chunkSizeWarningLimit: 4096,
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
  },
});
