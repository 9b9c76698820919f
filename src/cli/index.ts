#!/usr/bin/env node
/** Entry of the `bildung-feed` command (built to dist/cli.js; see scripts/README.md). */
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
