import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Firefox tests: real Firefox ESR driving the Firefox test build (npm run test:firefox builds it).
// One worker, one browser at a time, as for Chromium: the machine is small.
export default defineConfig({
  plugins: [WxtVitest()],
  define: { 'import.meta.env.BROWSER': JSON.stringify('firefox') },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // A timeout catches a hang, never slowness (see vitest.browser.config.ts).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
