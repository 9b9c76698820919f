#!/usr/bin/env node
/**
 * Entry of the `bildung-feed` / `bildung-widgets` command (built to dist/cli.js; see
 * scripts/README.md): `render` draws a widget as static files (src/cli/render.ts), every other
 * command works on feeds (src/cli/main.ts).
 */
import { main } from './main';
import { renderMain } from './render';

const argv = process.argv.slice(2);
if (argv[0] === 'render') void renderMain(argv.slice(1)).then((code) => (process.exitCode = code));
else process.exitCode = main(argv);
