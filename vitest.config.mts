import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts', 'hub/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // One PostgreSQL for the run, embedded unless HUB_TEST_DATABASE_URL names a server.
    globalSetup: ['hub/test-server.ts'],
  },
});
