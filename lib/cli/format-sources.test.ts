import { describe, expect, it } from 'vitest';
import { formatLedger, formatOutlet } from './format-sources';

const esc = '\u001b]0;pwned\u0007';

describe('text format of outlet and sources', () => {
  it('escapes what the page puts in names and sentences', () => {
    const lines = formatLedger({
      people: [{ name: `Ann${esc}`, count: 1, quotes: ['x'] }],
      cited: [{ name: 'the Times', kind: 'outlet', domain: null, outlet: null, mentions: [{ sentence: `the Times reported\u202e it`, start: 0, end: 1 }] }],
      links: [],
    });
    expect(lines).toContain('People quoted: Ann\\u{1b}]0;pwned\\u{7} (1)');
    expect(lines).toContain('Cited [outlet] the Times: “the Times reported\\u{202e} it”');
  });

  it('escapes the host of an unknown outlet', () => {
    expect(formatOutlet({ host: 'a\u0007.example', profile: null, servedFrom: null })).toContain('a\\u{7}.example: no open data about this outlet');
  });
});
