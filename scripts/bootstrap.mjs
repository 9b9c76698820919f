#!/usr/bin/env node
/**
 * Installs what a fresh machine lacks, then makes sure generated data exists.
 * Plain Node (no dependencies): it runs before `npm ci`.
 *
 *   node scripts/bootstrap.mjs            npm packages (npm ci when the lock file changed)
 *   node scripts/bootstrap.mjs --demo     … plus generated geometry and demo feeds
 *   node scripts/bootstrap.mjs --browser  … plus Debian's Chromium (apt-get) for browser tests
 *
 * It never downloads a browser build from the web: Chromium comes from Debian's packages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

function log(msg) {
  console.log(`[bootstrap] ${msg}`);
}

function run(cmd, argv, opts = {}) {
  const res = spawnSync(cmd, argv, { stdio: 'inherit', cwd: root, ...opts });
  if (res.status !== 0) {
    console.error(`[bootstrap] failed: ${cmd} ${argv.join(' ')}`);
    process.exit(res.status ?? 1);
  }
}

// 1. npm packages: `npm ci` whenever package-lock.json differs from what was installed.
const lockHash = createHash('sha256')
  .update(readFileSync(resolve(root, 'package-lock.json')))
  .digest('hex');
const stamp = resolve(root, 'node_modules', '.bildung-lock-hash');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  log('installing npm packages (npm ci) …');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}

// 2. Chromium from Debian for browser and end-to-end tests.
if (args.has('--browser')) {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  if (!candidates.some((p) => existsSync(p))) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    let hasApt = true;
    try {
      execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    } catch {
      hasApt = false;
    }
    if (!isRoot || !hasApt) {
      console.error(
        '[bootstrap] Chromium not found. Install it with your package manager (Debian: `apt-get install chromium`) ' +
          'or set CHROME_PATH to a Chromium/Chrome binary.',
      );
      process.exit(1);
    }
    log('installing Debian chromium (apt-get) …');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}

// 3. Generated geometry and demo feeds (from ../shared or BILDUNG_SHARED).
if (args.has('--demo') || args.has('--browser')) {
  run(resolve(root, 'node_modules', '.bin', 'tsx'), [resolve(root, 'scripts', 'generate.ts')]);
}
