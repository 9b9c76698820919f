#!/usr/bin/env node
/**
 * The one test gate (`npm test`): every step runs, each can fail, the exit code is non-zero if any
 * step failed. Steps: lint (eslint + prettier), type check (whole project, and src/core without the
 * DOM), unit tests (vitest, Node), component tests (web-test-runner, Chromium), library build,
 * bundle size budgets (script-tag bundles), end-to-end (playwright-core + Chromium against the demo).
 *
 *   node scripts/test-all.mjs [--only name,name]
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);

const steps = [
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['typecheck-core', bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']],
  ['unit', bin('vitest'), ['run', '--config', 'vitest.config.ts']],
  ['browser', bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['storybook', 'node', ['.storybook/smoke.mjs', '--build']],
  ['size', process.execPath, [resolve(root, 'scripts/size.mjs')]],
  ['e2e', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts']],
];

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null;

const results = [];
for (const [name, cmd, args] of steps) {
  if (only && !only.has(name)) continue;
  console.log(`\n=== ${name}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  const t0 = Date.now();
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ok = res.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${res.status ?? res.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

console.log('\nSummary');
for (const r of results)
  console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(15)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.log(
    `\n${failed.length} of ${results.length} test steps failed: ${failed.map((r) => r.name).join(', ')}`,
  );
  process.exit(1);
}
console.log(`\nAll ${results.length} test steps passed.`);
