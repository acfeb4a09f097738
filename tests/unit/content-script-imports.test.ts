import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

// Structure, not speed: detection runs in the background, so none of lib/detect may be bundled
// into the content script (it would run cold in every page); the page's UI (Preact and what it
// renders) is a script of its own, loaded when first needed. Type-only imports are erased.

const ROOT = resolve(import.meta.dirname, '../..');
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gm;
const PACKAGE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^'.#][^']*)'/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && p.match(/\.tsx?$/)) ?? null;
}

/** Every project file the module at `entry` reaches through static value imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const target = specifier && resolveModule(file, specifier);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].map((p) => relative(ROOT, p)).sort();
}

/** The packages those files import (values only). */
function packagesOf(files: readonly string[]): string[] {
  const names = files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(PACKAGE_IMPORT)].map(([, name]) => name!));
  return [...new Set(names)].sort();
}

test('the content script does not import detection; the background does', () => {
  const content = reachable(join(ROOT, 'entrypoints/content.ts'));
  expect(content).toContain('lib/page/detect-in-background.ts');
  expect(content.filter((p) => p.startsWith('lib/detect/'))).toEqual([]);
  expect(reachable(join(ROOT, 'entrypoints/background.ts'))).toContain('lib/detect/detect.ts');
});

test('the content script carries neither Preact nor the components it renders; the page-UI script does', () => {
  const content = reachable(join(ROOT, 'entrypoints/content.ts'));
  expect(content.filter((p) => p.endsWith('.tsx'))).toEqual([]);
  expect(packagesOf(content).filter((name) => name.startsWith('preact'))).toEqual([]);
  const pageUi = reachable(join(ROOT, 'entrypoints/page-ui.ts'));
  expect(pageUi).toEqual(expect.arrayContaining(['components/HoverCard.tsx', 'components/PageLegend.tsx', 'components/SelectionNote.tsx']));
  expect(packagesOf(pageUi)).toContain('preact');
});
