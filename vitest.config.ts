import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/unit/global-setup.ts'],
    // English tables for core modules imported one by one (the core entry adds them itself)
    setupFiles: ['test/unit/english-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
