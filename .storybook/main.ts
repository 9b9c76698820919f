import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the widgets (`npm run storybook`, `npm run build-storybook`). Works offline: no
 * telemetry, no update checks, no fonts or scripts from the web. The generated demo data is served
 * at the root (`/feeds/…`, `/geo/…`) as in the demo site; stories resolve it relative to
 * `iframe.html` (see `stories/data.ts`).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../generated', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Storybook loads the project's vite.config.ts (the demo site): its `publicDir` (generated/)
    // would be copied a second time next to `staticDirs`.
    // Storybook's own docs renderer is a 1 MB chunk; ours are far below the warning limit.
    return {
      ...viteConfig,
      publicDir: false,
      build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
    };
  },
};

export default config;
