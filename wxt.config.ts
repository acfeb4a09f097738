import { defineConfig } from 'wxt';

// SOURCELIGHT_TEST_HOSTS=1 (npm run build:test) grants the loopback origins up front, so browser
// tests can start annotation through the same background path as the toolbar button without a
// user gesture. Such a build goes to .output-test/, so it is never mistaken for a release build.
const testBuild = process.env.SOURCELIGHT_TEST_HOSTS === '1';
const testHosts = testBuild ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

export default defineConfig({
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: testBuild ? '.output-test' : '.output',
  // Firefox too: WXT defaults Firefox to MV2, but the extension relies on MV3's scripting and
  // optional_host_permissions everywhere.
  manifestVersion: 3,
  // The sources zip (for add-on review) is what the repository tracks; these are local outputs it ignores.
  zip: { excludeSources: ['tests/artifacts/**', 'bench/results/**'] },
  vite: () => ({
    // The popup's outlet-lookup worker is an ES module, like every other script of the extension.
    worker: { format: 'es' },
    define: { 'import.meta.env.SOURCELIGHT_TEST_BUILD': JSON.stringify(testBuild) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser }) => ({
    // Words the reader sees come from public/_locales (browser.i18n; English shipped).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Add note to selection", and "Open the library" on the toolbar button's menu.
    // (sidePanel is added by WXT for entrypoints/sidepanel.)
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: testHosts,
    // Any site: "Always annotate on this site". Wikidata, named too: the outlet card's lookup, asked
    // for only when the reader clicks "Look this outlet up on Wikidata".
    optional_host_permissions: ['*://*/*', 'https://www.wikidata.org/*'],
    commands: {
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandAnnotatePage__',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandAddNote__',
      },
      // The marks' keys work on the page itself (Alt+Shift with . , Enter or H: lib/page/mark-keys.ts);
      // these let a reader bind browser-wide keys of their own. No suggested key: Chrome allows
      // four, and a browser-wide key would take the page's key away.
      'next-mark': { description: '__MSG_commandNextMark__' },
      'previous-mark': { description: '__MSG_commandPreviousMark__' },
      'open-mark': { description: '__MSG_commandOpenMark__' },
      'toggle-marks': { description: '__MSG_commandToggleMarks__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
