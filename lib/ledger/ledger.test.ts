import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { annotateHtml } from '../annotate-html';
import { outletIndex } from '../outlets/load-tables';
import { buildLedger } from './ledger';

const ledgerOfText = (text: string, quotes: Parameters<typeof buildLedger>[0]['quotes'] = []) => buildLedger({ text, quotes, links: [] }, outletIndex());

function ledgerOfPage(path: string) {
  const result = annotateHtml(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  const { text, quotes, links = [] } = result.annotation;
  return buildLedger({ text, quotes, links }, outletIndex());
}

describe('the example pages', () => {
  test('the WSWS article cites the New York Times, the Washington Post and the US Army War College Quarterly', () => {
    const ledger = ledgerOfPage('tests/fixtures/dev/wsws-nato-troops.html');
    const cited = Object.fromEntries(ledger.cited.map((c) => [c.name, c]));
    expect(cited['the New York Times']).toMatchObject({ kind: 'outlet', domain: 'nytimes.com', outlet: 'The New York Times' });
    // `the Times cited US officials` and `warned the Post` join the full names.
    expect(cited['the New York Times']?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(cited['Washington Post']?.mentions.map((m) => m.sentence).join(' ')).toMatch(/warned the Post/);
    expect(cited['the US Army War College Quarterly']?.mentions[0]?.sentence).toMatch(/September 2023 study in the US Army War College Quarterly/);
    expect(ledger.people.map((p) => p.name)).toContain('Emmanuel Macron');
    expect(ledger.people.map((p) => p.name)).not.toContain('the New York Times');
  });

  test('the Global Research article cites InfoBrics, and links to it most', () => {
    const ledger = ledgerOfPage('tests/fixtures/dev/globalresearch-nato-troops.html');
    expect(ledger.cited.map((c) => c.name)).toContain('InfoBrics');
    expect(ledger.cited.find((c) => c.name === 'InfoBrics')?.mentions[0]?.sentence).toBe('This article was originally published on InfoBrics.');
    expect(ledger.links[0]).toMatchObject({ domain: 'infobrics.org', outlet: null });
    expect(ledger.links.find((l) => l.domain === 'globalresearch.ca')?.outlet).toBe('Centre for Research on Globalization');
  });
});

describe('citations in the text', () => {
  test('according to a named report: the name, its kind, the sentence', () => {
    const [source] = ledgerOfText('The losses were heavy. According to a Pentagon report, 300 were lost. Nobody denied it.').cited;
    expect(source).toMatchObject({ name: 'Pentagon', kind: 'report' });
    expect(source?.mentions[0]?.sentence).toBe('According to a Pentagon report, 300 were lost.');
  });

  test('a study by an organisation, an outlet that reported', () => {
    const ledger = ledgerOfText('A study by the Rand Corporation found gaps. Reuters reported the deal on Monday.');
    expect(ledger.cited.map((c) => [c.name, c.kind])).toEqual([
      ['the Rand Corporation', 'study'],
      ['Reuters', 'outlet'],
    ]);
    expect(ledger.cited[1]?.domain).toBe('reuters.com');
  });

  test('an acronym joins the full name it abbreviates', () => {
    const ledger = ledgerOfText('The Associated Press reported the vote. Officials later told AP the count was wrong.');
    expect(ledger.cited).toHaveLength(1);
    expect(ledger.cited[0]?.mentions).toHaveLength(2);
  });

  test('a photo credit is not a citation', () => {
    expect(ledgerOfText('Photo published in Reuters Pictures archive. The mayor spoke.').cited).toEqual([]);
  });

  test('people the article quotes are not documents: Zelensky’s statement is his', () => {
    const text = 'Volodymyr Zelensky said the war was going well. Zelensky’s statement was false.';
    const ledger = ledgerOfText(text, [{ start: 0, end: 47, speaker: { name: 'Volodymyr Zelensky', start: 0, end: 18 } }]);
    expect(ledger.cited).toEqual([]);
    expect(ledger.people).toEqual([{ name: 'Volodymyr Zelensky', count: 1, quotes: [text.slice(0, 47)] }]);
  });

  test('a capitalised word that only qualifies a plural is not a source (according to Russian officials)', () => {
    expect(ledgerOfText('According to Russian officials, the strike hit a depot.').cited).toEqual([]);
  });
});

describe('quoted organisations', () => {
  test('an organisation or acronym the article quotes is cited, not a person, and the acronym joins its full name', () => {
    const text = 'The Energy Information Administration said output fell. The EIA said it would fall again. Ann Lee said so too.';
    const at = (name: string) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      speaker: { name, start: text.indexOf(name), end: text.indexOf(name) + name.length },
    });
    const ledger = ledgerOfText(text, [at('Energy Information Administration'), at('EIA'), at('Ann Lee')]);
    expect(ledger.people.map((p) => p.name)).toEqual(['Ann Lee']);
    expect(ledger.cited.map((c) => [c.name, c.kind, c.mentions.length])).toEqual([['Energy Information Administration', 'organisation', 2]]);
  });
});

describe('linked domains', () => {
  test('grouped by registrable domain, with the outlet and the sentence of the first link', () => {
    const text = 'The Guardian first reported the leak. More here.';
    const ledger = buildLedger(
      {
        text,
        quotes: [],
        links: [
          { href: 'https://www.theguardian.com/a', text: 'first reported the leak' },
          { href: 'https://amp.theguardian.com/b', text: 'here' },
          { href: 'https://unknown.example/x', text: 'x' },
        ],
      },
      outletIndex(),
    );
    expect(ledger.links[0]).toMatchObject({ domain: 'theguardian.com', outlet: 'The Guardian', count: 2 });
    expect(ledger.links[0]?.mention?.sentence).toBe('The Guardian first reported the leak.');
    expect(ledger.links[1]).toMatchObject({ domain: 'unknown.example', outlet: null, mention: null });
  });
});
