import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Tests only: the hand-written Wikidata answers in tests/fixtures/wikidata (see its README).

export const RECORDED = join(import.meta.dirname, '../../../tests/fixtures/wikidata');

export const recorded = (name: string): unknown => JSON.parse(readFileSync(join(RECORDED, name), 'utf8'));
