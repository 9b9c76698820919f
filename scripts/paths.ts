/**
 * Where the build scripts read source data and write generated outputs.
 *
 * Source folders default to `../shared/geo-source` and `../shared/data-source` beside the project
 * root. Real users point at their own downloads with a CLI flag or an environment variable:
 *
 *   --shared DIR        | BILDUNG_SHARED        parent of geo-source/ and data-source/
 *   --geo-source DIR    | BILDUNG_GEO_SOURCE    boundary files (see geo/README.md)
 *   --data-source DIR   | BILDUNG_DATA_SOURCE   statistical exports (see scripts/README.md)
 *   --out DIR           | BILDUNG_GENERATED     output folder (default: generated/, git-ignored)
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Value of `--name VALUE` or `--name=VALUE` in argv, if given. */
export function flag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export interface SourcePaths {
  shared: string;
  geoSource: string;
  dataSource: string;
  out: string;
}

export function resolvePaths(
  argv: readonly string[] = process.argv.slice(2),
  env = process.env,
): SourcePaths {
  const shared = resolve(flag(argv, 'shared') ?? env.BILDUNG_SHARED ?? resolve(projectRoot, '..', 'shared'));
  const geoSource = resolve(
    flag(argv, 'geo-source') ?? env.BILDUNG_GEO_SOURCE ?? resolve(shared, 'geo-source'),
  );
  const dataSource = resolve(
    flag(argv, 'data-source') ?? env.BILDUNG_DATA_SOURCE ?? resolve(shared, 'data-source'),
  );
  const out = resolve(flag(argv, 'out') ?? env.BILDUNG_GENERATED ?? resolve(projectRoot, 'generated'));
  return { shared, geoSource, dataSource, out };
}

/** Throws a readable error when a source folder is missing. */
export function requireDir(dir: string, what: string, hint: string): void {
  if (!existsSync(dir)) {
    throw new Error(`${what} not found at ${dir}. ${hint}`);
  }
}
