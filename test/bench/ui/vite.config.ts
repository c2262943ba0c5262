/** Builds the bare Monaco page that `npm run bench:ui` compares the playground with. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { uncompressedPreview } from '../../../vite.config';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  plugins: [uncompressedPreview()],
  worker: { format: 'es' },
  logLevel: 'warn',
  build: { emptyOutDir: true, chunkSizeWarningLimit: 4096 },
});
