import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // vitest 4 leaves import.meta.env.BROWSER undefined unless it is defined here.
  define: { 'import.meta.env.BROWSER': JSON.stringify('chrome') },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
