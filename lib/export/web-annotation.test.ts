import { describe, expect, test } from 'vitest';
import { liveLibrary } from '../library/library';
import { sampleCorrection, sampleLibrary } from '../library/sample-library';
import { exportText } from './job';
import { ANNO_CONTEXT, annotationIri, webAnnotationJob } from './web-annotation';

const collectionId = 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e';
const isIri = (value: unknown): boolean => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

async function exported(): Promise<{ [key: string]: unknown; first: { items: Record<string, unknown>[] } }> {
  return JSON.parse(await exportText(webAnnotationJob(sampleLibrary(), collectionId)));
}

// The model's MUSTs (https://www.w3.org/TR/annotation-model/): an Annotation has @context (on the
// outermost object), an IRI id, type Annotation and at least one target; a TextualBody has a value;
// a SpecificResource has a source; TextQuoteSelector has exact, TextPositionSelector start and end.
function checkAnnotation(annotation: Record<string, unknown>): void {
  expect(isIri(annotation.id)).toBe(true);
  expect(annotation.type).toBe('Annotation');
  expect(annotation.target).toBeDefined();
  for (const body of (annotation.body as Record<string, unknown>[] | undefined) ?? []) {
    expect(body.type).toBe('TextualBody');
    expect(typeof body.value).toBe('string');
  }
  const target = annotation.target as string | { source: unknown; selector: Record<string, unknown>[] };
  if (typeof target === 'string') return expect(isIri(target)).toBe(true);
  expect(isIri(target.source)).toBe(true);
  const [quote, position] = target.selector;
  expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String) });
  expect(position).toMatchObject({ type: 'TextPositionSelector' });
  expect(Number.isInteger(position!.start) && Number.isInteger(position!.end) && (position!.start as number) <= (position!.end as number)).toBe(true);
  for (const date of [annotation.created, annotation.modified].filter(Boolean)) expect(Number.isNaN(Date.parse(date as string))).toBe(false);
}

test('a collection with the anno.jsonld context, one annotation per kept item and note, each valid', async () => {
  const collection = await exported();
  expect(collection).toMatchObject({ '@context': ANNO_CONTEXT, id: collectionId, type: 'AnnotationCollection', total: 8 });
  expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
  expect(collection.first.items).toHaveLength(8);
  collection.first.items.forEach(checkAnnotation);
});

describe('what each annotation says', () => {
  test.each([
    ['a kept quote', 0, { motivation: 'highlighting', body: [{ type: 'TextualBody', value: 'Quote by Robert Fico (warned)', purpose: 'describing', format: 'text/plain' }] }],
    ['a kept figure', 3, { motivation: 'highlighting', body: [{ value: 'Figure 400,000 soldiers (at least), source: Douglas Macgregor' }] }],
    [
      'a note on a figure, with tags',
      6,
      {
        id: 'urn:uuid:b1b2c3d4-0000-4000-8000-000000000001',
        motivation: 'commenting',
        modified: '2026-12-01T11:30:00.000Z',
        body: [
          { value: 'Compare with **Macgregor**: an order of magnitude apart.', format: 'text/markdown', purpose: 'commenting' },
          { value: 'casualties', purpose: 'tagging' },
          { value: '#ukraine war', purpose: 'tagging' },
        ],
        target: { source: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html', selector: [{ exact: '31,000' }, { start: 1286, end: 1292 }] },
      },
    ],
    ['a note on the whole page targets the page', 7, { target: 'https://www.globalresearch.ca/nato-troops-ukraine/5851234' }],
  ])('%s', async (_, index, expected) => {
    expect((await exported()).first.items[index]).toMatchObject(expected);
  });
});

test('a kept item the reader corrected is described as corrected, the detector’s speaker noted', async () => {
  const notAQuote = sampleCorrection({
    id: 'c2',
    kind: 'not-quote',
    text: 'Nothing should be excluded.',
    pageKey: 'https://www.globalresearch.ca/nato-troops-ukraine/5851234',
    before: '',
    speaker: null,
  });
  const library = liveLibrary({ ...sampleLibrary(), corrections: [sampleCorrection(), notAQuote] });
  const { first } = JSON.parse(await exportText(webAnnotationJob(library, collectionId))) as { first: { items: Record<string, unknown>[] } };
  first.items.forEach(checkAnnotation);
  expect(first.items[1]).toMatchObject({ body: [{ value: 'Quote by Ann Lee (claimed); speaker corrected by the reader (detected: Volodymyr Zelensky)', purpose: 'describing' }] });
  expect(first.items[5]).toMatchObject({ body: [{ value: 'Quote by Emmanuel Macron (said); not a quote, by the reader’s correction' }] });
});

test.each([
  ['B1B2C3D4-0000-4000-8000-000000000001', 'urn:uuid:b1b2c3d4-0000-4000-8000-000000000001'],
  ['note 7', 'urn:sourcelight:note%207'],
])('annotationIri(%j)', (id, iri) => {
  expect(annotationIri(id)).toBe(iri);
});
