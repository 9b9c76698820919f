import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Production build of the benchmark page (`npm run bench`); every contestant is its own chunk. */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../bench-results/site'),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 2000,
  },
});
