/** The HTML path's stages, loaded together when an HTML page arrives (the DOM engine and Readability with them). */
export { parse } from './parse.js';
export { type } from './type.js';
export { prune } from './prune.js';
export { locate } from './locate.js';
export { blocks } from './blocks.js';
export { reconcile } from './reconcile.js';
export { label } from './label.js';
