import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** Copies demo/embed.js (the host page's plain script for iframe embeds) unchanged to dist-demo/embed.js. */
function embedScript(): Plugin {
  return {
    name: 'bildung-embed-js',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(resolve(root, 'demo/embed.js'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'embed.js', source });
    },
  };
}

/**
 * Two modes:
 * - default (`npm start`): the demo site in `demo/`, serving generated geometry and feeds from
 *   `generated/` at `/geo/…` and `/feeds/…`.
 * - `--mode lib` (`npm run build`): the library as ES modules in `dist/`, one entry per widget so a
 *   page with one widget loads only that widget.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            core: resolve(root, 'src/core/index.ts'),
            'feed-info': resolve(root, 'src/components/feed-info/feed-info.ts'),
            'indicator-trend': resolve(root, 'src/components/trend/indicator-trend.ts'),
            'transition-sankey': resolve(root, 'src/components/sankey/transition-sankey.ts'),
            'bildung-map': resolve(root, 'src/components/map/bildung-map.ts'),
            'bildung-feed': resolve(root, 'src/components/feed/bildung-feed.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          // npm users bring their own copies of the dependencies.
          external: [
            /^lit($|\/)/,
            /^@lit\//,
            /^@lit-labs\//,
            /^@floating-ui\//,
            /^d3-/,
            /^topojson-/,
            /^simple-statistics/,
          ],
        },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    publicDir: resolve(root, 'generated'),
    plugins: [embedScript()],
    server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      outDir: resolve(root, 'dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: {
          main: resolve(root, 'demo/index.html'),
          // a page with only the library, for the e2e suite's scenario pages (test/e2e/support)
          harness: resolve(root, 'demo/test-pages/harness.html'),
          // iframe embed page and snippet builder (issue #6)
          embed: resolve(root, 'demo/embed.html'),
          builder: resolve(root, 'demo/builder.html'),
        },
      },
    },
  };
});
