/**
 * Build of the `bildung-feed` command: `vite build --config src/cli/vite.config.ts` writes
 * dist/cli.js (Node ESM, `#!/usr/bin/env node`, core adapters bundled, Node built-ins external).
 * Run it after the library build (which empties dist/).
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'src/cli/index.ts'),
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      // playwright-core (only `render` needs it) is an optional peer dependency, loaded on demand
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'playwright-core'],
      // The hashbang of src/cli/index.ts is kept as the first line.
      output: { entryFileNames: 'cli.js', format: 'es' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
