// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, expect, test } from 'vitest';
import { SourceLedgerView } from './SourceLedger';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

test('lists what the article cites with its kind and domain, whom it quotes and where it links', () => {
  const sentence = 'A recent Washington Post report on the front found gaps.';
  render(
    <SourceLedgerView
      ledger={{
        people: [{ name: 'Emmanuel Macron', count: 3, quotes: [] }],
        cited: [{ name: 'Washington Post', kind: 'outlet', domain: 'washingtonpost.com', outlet: 'The Washington Post', mentions: [{ sentence, start: 0, end: 1 }] }],
        links: [{ domain: 'infobrics.org', outlet: null, count: 23, hrefs: [], mention: null }],
      }}
    />,
    root,
  );
  expect(root.querySelector('.ledger-cited')?.textContent).toContain('Washington Post outlet · washingtonpost.com');
  expect(root.querySelector('.ledger-sentence')?.textContent).toBe(sentence);
  expect(root.querySelector('.ledger-people')?.textContent).toBe('Quoted: Emmanuel Macron ×3');
  expect(root.querySelector('.ledger-links')?.textContent).toBe('Links to: infobrics.org ×23');
});

test('an article that cites nothing shows no ledger', () => {
  render(<SourceLedgerView ledger={{ people: [], cited: [], links: [] }} />, root);
  expect(root.innerHTML).toBe('');
});
