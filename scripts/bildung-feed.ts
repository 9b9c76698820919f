/**
 * Development runner of the `bildung-feed` CLI: `npx tsx scripts/bildung-feed.ts convert …`.
 * The published command is dist/cli.js, built from src/cli/index.ts (see scripts/README.md).
 */
import { main } from '../src/cli/main';

process.exitCode = main(process.argv.slice(2));
