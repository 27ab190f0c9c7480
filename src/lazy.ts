import { createRequire } from 'node:module';

// Modules that only some inputs need are loaded on first use, not at import: each Node
// built-in costs milliseconds of a one-page CLI run (zlib alone ~3 ms), and most pages need
// none of them. require(), not import(): the CLI is a script compiled from V8's code cache
// (bin/pith.js), where import() has no module loader behind it.
const load = createRequire(import.meta.url);

export const zlib = (): typeof import('node:zlib') => load('node:zlib');
export const crypto = (): typeof import('node:crypto') => load('node:crypto');
export const fsPromises = (): typeof import('node:fs/promises') => load('node:fs/promises');
export const os = (): typeof import('node:os') => load('node:os');
export const jsdom = (): typeof import('jsdom') => load('jsdom');
