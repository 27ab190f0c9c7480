#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli (bundled to dist/cli.js by `npm run build`).
import { main } from '../dist/cli.js';

main();
