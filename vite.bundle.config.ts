import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minify as terser } from 'terser';
import type { Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates';

/**
 * A terser pass over every chunk before Rolldown's own minifier: two compress passes find
 * what one pass of either minifier leaves (inlined one-use helpers, merged declarations, dead
 * branches after constant folding) — ≈ 0.9 KB gzip off the all-in-one file. Only terser's safe
 * options (no `unsafe*`, no `pure_getters`).
 */
function terserPass(): Plugin {
  return {
    name: 'bildung-terser',
    async renderChunk(code, _chunk, options) {
      const res = await terser(code, {
        module: options.format === 'es',
        ecma: 2020,
        compress: { passes: 2 },
        format: { comments: false },
        sourceMap: options.sourcemap ? { asObject: true } : false,
      });
      return { code: res.code!, map: (res.map as never) ?? null };
    },
  };
}

/**
 * Script-tag bundles with every dependency inlined (`npm run build:cdn`), one entry per run:
 *   BUNDLE=all  → dist/cdn/bildung-widgets.js (ESM, on-demand chunks beside it)
 *   BUNDLE=iife → dist/cdn/bildung-widgets.iife.js (classic script, everything inlined)
 *   BUNDLE=map | trend | sankey → dist/cdn/<name>.js (ESM, one widget; used for size budgets)
 * Registration is idempotent, so loading a bundle twice (or ESM and IIFE together) is harmless.
 * `OUT_DIR` (default dist/cdn) and `SOURCEMAP=1` serve the size analysis (scripts/size-report.mjs).
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

/**
 * A registration module (`<dir>/<name>.ts` beside `<name>.component.ts`, calling `define()`) or the
 * bundle entry: stays in the entry file, so the file that is loaded is the one that defines the
 * elements, even for a bundler that takes it in and treats its chunks as free of side effects.
 */
const isEntryModule = (id: string): boolean =>
  id.endsWith('/src/bundle.ts') ||
  (/\/src\/components\/[\w-]+\/[\w-]+\.ts$/.test(id) && existsSync(id.replace(/\.ts$/, '.component.ts')));

export default defineConfig({
  publicDir: false,
  plugins: [minifyLitTemplates(), terserPass()],
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: resolve(root, process.env.OUT_DIR ?? 'dist/cdn'),
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
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
      output: {
        chunkFileNames: `${target.file}-[name]-[hash].js`,
        minify: true,
        // no `/* @__PURE__ */` annotations in shipped code (nothing bundles these files again)
        comments: false,
        // Everything an ESM entry needs before it runs goes into one chunk (`<file>-core-<hash>.js`)
        // beside the entry, instead of the several chunks the automatic splitting makes of the
        // modules that on-demand chunks share with the entry: one request, and ≈ 1.5 KB less gzip
        // (one file compresses better than eight). On-demand chunks import from it.
        ...(which === 'iife'
          ? {}
          : {
              codeSplitting: {
                groups: [{ name: 'core', tags: ['$initial'], test: (id: string) => !isEntryModule(id) }],
              },
            }),
      },
    },
  },
});
