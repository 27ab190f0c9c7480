import { defineConfig } from 'vitest/config';

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
  },
});
