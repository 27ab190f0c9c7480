/**
 * Runs the whole suite on the DOM engine named by PITH_DOM (set per project in
 * vitest.config.ts): every clean() that does not choose an engine itself gets this one.
 * Only the tests read the variable; the library never looks at the environment.
 */
import { vi } from 'vitest';
import type { Options } from '../../src/options.js';

vi.mock('../../src/options.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/options.js')>();
  const engine = process.env.PITH_DOM as Options['dom'] | undefined;
  if (!engine) return actual;
  return {
    ...actual,
    resolveOptions: (user: Partial<Options> = {}) =>
      actual.resolveOptions(user && typeof user === 'object' && user.dom === undefined ? { ...user, dom: engine } : user),
  };
});
