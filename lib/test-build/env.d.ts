// Set by wxt.config.ts: true in the test build (npm run build:test), false in release builds, so
// the test-only code behind it is left out of them.
interface ImportMetaEnv {
  readonly SOURCELIGHT_TEST_BUILD?: boolean;
}
