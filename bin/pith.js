#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli (bundled to dist/cli.cjs by `npm run build`).
import { loadCli, readCache } from './load.js';

loadCli(readCache()).cli.main();
