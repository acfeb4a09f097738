import { describe, expect, test } from 'vitest';
import { parseEntity, parseLabels, unlabelledItems, withLabels, type WikidataEntity } from './entity';
import { recorded } from './recorded';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const statement = (e: WikidataEntity, property: string) => e.statements.find((s) => s.property === property);

describe('parseEntity on the recorded WSWS item', () => {
  const wsws = value(parseEntity(recorded('entity-Q1377139.json'), 'Q1377139'));

  test('label and description in English, the revision and its date', () => {
    expect(wsws).toMatchObject({
      id: 'Q1377139',
      redirectedFrom: null,
      label: 'World Socialist Web Site',
      description: 'online publication of the International Committee of the Fourth International',
      modified: '2026-09-14T08:21:37Z',
      revision: 2398173554,
    });
  });

  test('the statements shown, in the card’s order; items stay ids until their labels come', () => {
    expect(wsws.statements.map((s) => s.label)).toEqual(['Instance of', 'Publisher', 'Founded by', 'Country', 'Headquarters', 'Language', 'Inception', 'Official website']);
    expect(statement(wsws, 'P17')?.values).toEqual([{ item: 'Q30', text: 'Q30', period: null }]);
    expect(statement(wsws, 'P407')?.values).toHaveLength(9);
    // Twitter username (an external id) is not among the card's statements.
    expect(statement(wsws, 'P2002')).toBeUndefined();
  });

  test('dates to their precision; the preferred website, never the deprecated one', () => {
    expect(statement(wsws, 'P571')?.values).toEqual([{ item: null, text: '1998-02-14', period: null }]);
    expect(statement(wsws, 'P856')?.values).toEqual([{ item: null, text: 'https://www.wsws.org/', period: null }]);
  });

  test('labels fill in the items; one the labels answer lacks keeps its id', () => {
    const ids = unlabelledItems(wsws, 50);
    expect(ids).toContain('Q30');
    expect(new Set(ids).size).toBe(ids.length);
    expect(unlabelledItems(wsws, 3)).toHaveLength(3);
    const labels = parseLabels(recorded('labels.json'));
    labels.delete('Q5239430');
    const labelled = withLabels(wsws, labels);
    expect(statement(labelled, 'P17')?.values[0]?.text).toBe('United States');
    expect(statement(labelled, 'P123')?.values[0]?.text).toBe('International Committee of the Fourth International');
    expect(statement(labelled, 'P112')?.values[0]).toEqual({ item: 'Q5239430', text: 'Q5239430', period: null });
    expect(unlabelledItems(labelled, 50)).toEqual(['Q5239430']);
  });
});

test('unknown and no values, and when an owner held it (start and end qualifiers)', () => {
  const america = value(parseEntity(recorded('entity-Q130576881.json'), 'Q130576881'));
  expect(statement(america, 'P127')?.values).toEqual([
    { item: null, text: 'unknown value', period: 'since 2019' },
    { item: 'Q130576990', text: 'Q130576990', period: '2017-03 – 2019' },
  ]);
  expect(statement(america, 'P1387')?.values).toEqual([{ item: null, text: 'none', period: null }]);
  expect(statement(america, 'P571')?.values[0]?.text).toBe('2017');
});

test('a merged item answers under its new id: the card says which id was asked for', () => {
  const merged = value(parseEntity(recorded('entity-Q1377139.json'), 'Q98765'));
  expect(merged).toMatchObject({ id: 'Q1377139', redirectedFrom: 'Q98765' });
});

test('a missing item, or an answer that is no entity document, is a message', () => {
  expect(parseEntity({ entities: { Q404: { id: 'Q404', missing: '' } } }, 'Q404')).toEqual({ ok: false, error: 'Wikidata has no item Q404.' });
  expect(parseEntity(recorded('api-error.json'), 'Q1')).toEqual({ ok: false, error: 'Wikidata’s answer could not be read.' });
  expect(parseEntity('<html>', 'Q1').ok).toBe(false);
});

test('the label falls back to the language-independent one (mul), and none when neither is there', () => {
  const entity = (labels: object) => ({ entities: { Q7: { id: 'Q7', type: 'item', labels, claims: {} } } });
  expect(value(parseEntity(entity({ mul: { language: 'mul', value: 'Le Monde' }, fr: { language: 'fr', value: 'Le Monde (journal)' } }), 'Q7')).label).toBe('Le Monde');
  expect(value(parseEntity(entity({ fr: { language: 'fr', value: 'Le Monde' } }), 'Q7')).label).toBeNull();
});

test('statements of an unexpected shape are skipped, not thrown on', () => {
  const odd = {
    entities: { Q7: { id: 'Q7', claims: { P17: [null, { rank: 'normal', mainsnak: { snaktype: 'value', datavalue: { type: 'quantity', value: {} } } }, 'x'], P571: 'nope' } } },
  };
  expect(value(parseEntity(odd, 'Q7')).statements).toEqual([]);
});
