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
    // Generous: Chromium on a busy 2-core machine can take seconds to answer. A timeout catches a
    // hang; speed is bench:browser's to measure. expect.poll's own default (1 s) was a race.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
