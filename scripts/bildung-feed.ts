/**
 * Development runner of the `bildung-feed` CLI: `npx tsx scripts/bildung-feed.ts convert …`.
 * The published command is dist/cli.js, built from src/cli/index.ts (see scripts/README.md).
 */
import { main } from '../src/cli/main';
import { renderMain } from '../src/cli/render';

const argv = process.argv.slice(2);
if (argv[0] === 'render') void renderMain(argv.slice(1)).then((code) => (process.exitCode = code));
else process.exitCode = main(argv);
