/**
 * Runs once before all e2e files: generated data up to date, then one production build of the demo
 * (with the e2e harness page) into dist-demo/, and the script-tag bundles into dist-demo/cdn/. Built in a child process: vitest sets
 * NODE_ENV=test, which would select Lit's development build.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureGenerated } from '../../../scripts/generate.ts';
import { projectRoot } from '../../../scripts/paths.ts';

export default async function setup(): Promise<void> {
  await ensureGenerated(undefined, { quiet: true });
  const res = spawnSync(
    resolve(projectRoot, 'node_modules/.bin/vite'),
    ['build', '--config', resolve(projectRoot, 'vite.config.ts'), '--logLevel', 'error'],
    { cwd: projectRoot, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (res.status !== 0) throw new Error('vite build of the demo failed');
  // the script-tag bundles (ESM with its on-demand chunks, and the IIFE) beside it, for the
  // double-loading test
  for (const bundle of ['all', 'iife']) {
    const cdn = spawnSync(
      resolve(projectRoot, 'node_modules/.bin/vite'),
      [
        'build',
        '--config',
        resolve(projectRoot, 'vite.bundle.config.ts'),
        '--outDir',
        resolve(projectRoot, 'dist-demo/cdn'),
        '--logLevel',
        'error',
      ],
      { cwd: projectRoot, env: { ...process.env, NODE_ENV: 'production', BUNDLE: bundle }, stdio: 'inherit' },
    );
    if (cdn.status !== 0) throw new Error('vite build of the script-tag bundles failed');
  }
}
