import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

// The code and docs cite docs/annotation-guide.md; it must say what the team's guide says. The
// team's copy sits beside the repository on the team's machines only, so the check runs there.
const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared/ANNOTATION-GUIDE.md');

it.skipIf(!existsSync(shared))('docs/annotation-guide.md is the team guide, word for word', () => {
  expect(readFileSync(resolve(root, 'docs/annotation-guide.md'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
});
