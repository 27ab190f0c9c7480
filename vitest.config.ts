import { defineConfig } from 'vitest/config';

// The suite runs twice, once per DOM engine (test/helpers/engine.ts): linkedom is the
// default, jsdom stays a supported engine and must pass the same tests.
const engine = (name: 'linkedom' | 'jsdom') => ({
  extends: true as const,
  test: { name, env: { PITH_DOM: name }, setupFiles: ['test/helpers/engine.ts'] },
});

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // No test may reach the network: connects, DNS lookups and fetch throw and fail the file.
    setupFiles: ['test/network-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: keep the pool small so jsdom-heavy files do not starve each other.
    maxWorkers: 2,
    projects: [engine('linkedom'), engine('jsdom')],
  },
});
