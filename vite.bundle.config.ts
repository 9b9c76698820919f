import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Script-tag bundles with every dependency inlined (`npm run build:cdn`), one entry per run:
 *   BUNDLE=all  → dist/cdn/bildung-widgets.js (ESM, on-demand chunks beside it)
 *   BUNDLE=iife → dist/cdn/bildung-widgets.iife.js (classic script, everything inlined)
 *   BUNDLE=map | trend | sankey → dist/cdn/<name>.js (ESM, one widget; used for size budgets)
 * Registration is idempotent, so loading a bundle twice (or ESM and IIFE together) is harmless.
 */
const root = import.meta.dirname;
const ENTRIES: Record<string, { entry: string; file: string }> = {
  all: { entry: 'src/bundle.ts', file: 'bildung-widgets' },
  iife: { entry: 'src/bundle.ts', file: 'bildung-widgets' },
  map: { entry: 'src/components/map/bildung-map.ts', file: 'bildung-map' },
  trend: { entry: 'src/components/trend/indicator-trend.ts', file: 'indicator-trend' },
  sankey: { entry: 'src/components/sankey/transition-sankey.ts', file: 'transition-sankey' },
};
const which = process.env.BUNDLE ?? 'all';
const target = ENTRIES[which];
if (!target) throw new Error(`unknown BUNDLE=${which}`);

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: resolve(root, 'dist/cdn'),
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    lib: {
      entry: resolve(root, target.entry),
      name: 'BildungWidgets',
      formats: which === 'iife' ? ['iife'] : ['es'],
      fileName: (format) => `${target.file}${format === 'iife' ? '.iife' : ''}.js`,
    },
    // The classic-script (IIFE) file must inline everything, code loaded on demand included (d3-geo
    // for a user's lon/lat TopoJSON, the JSON-stat converter). The ESM files keep on-demand code in
    // separate chunks beside them (copy the whole dist/cdn folder), as npm users get it.
    rolldownOptions: {
      // minify explicitly: Vite leaves whitespace in ES-format library output
      output: { chunkFileNames: `${target.file}-[name]-[hash].js`, minify: true },
    },
  },
});
