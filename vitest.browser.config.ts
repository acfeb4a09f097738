import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Browser tests: real Chromium driving the test build (npm run test:browser builds it first).
// One worker, one browser at a time: the machine is small and the tests share one session.
export default defineConfig({
  plugins: [WxtVitest()],
  define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
