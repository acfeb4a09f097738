import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // vitest 4 leaves import.meta.env.BROWSER undefined unless it is defined here.
  define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
    // Timeouts catch a hang, not slowness: a test that takes 1 s on an idle machine may take ten
    // times that on a busy 2-core one, and must still pass. Speed is the bench's to measure.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
