import type { SourceLedger } from '../ledger/types';
import type { OutletLookup } from '../outlets/lookup';
import { terminalSafe } from './format-text';

// `--format text`: the outlet card and the source ledger, after the quotes and claims. Names and
// sentences come from the page, so every line is made terminal-safe.

export function formatOutlet(outlet: OutletLookup): string[] {
  const lines = ['', 'Outlet'];
  const { profile } = outlet;
  if (!profile) lines.push(`${outlet.host ?? 'this page'}: no open data about this outlet`);
  else {
    lines.push(`${profile.name} (${profile.domain})${profile.wikidata ? ` — Wikidata ${profile.wikidata.id}` : ''}`);
    for (const entry of profile.reliability?.entries ?? []) {
      lines.push(
        `Wikipedia RSP: ${entry.statusLabel}${entry.qualifier ? ` (${entry.qualifier})` : ''}${entry.lastDiscussed ? `, last discussed ${entry.lastDiscussed}` : ''} — ${entry.url}`,
      );
    }
    if (profile.stateMedia) lines.push(`State Media Monitor: ${profile.stateMedia.label}`);
    const paper = profile.newspaper;
    if (paper)
      lines.push(`Wikidata: ${[paper.owner && `owner ${paper.owner}`, paper.country, paper.language, paper.founded && `founded ${paper.founded}`].filter(Boolean).join(', ')}`);
  }
  if (outlet.servedFrom) lines.push(`served from ${outlet.servedFrom}`);
  return lines.map(terminalSafe);
}

export function formatLedger(ledger: SourceLedger): string[] {
  const lines = ['', 'Sources'];
  if (ledger.people.length) lines.push(`People quoted: ${ledger.people.map((p) => `${p.name} (${p.count})`).join(', ')}`);
  for (const c of ledger.cited) lines.push(`Cited [${c.kind}] ${c.name}${c.domain ? ` (${c.domain})` : ''}: “${c.mentions[0]?.sentence ?? ''}”`);
  if (ledger.links.length) lines.push(`Linked: ${ledger.links.map((l) => `${l.domain}${l.outlet ? ` (${l.outlet})` : ''} ×${l.count}`).join(', ')}`);
  return lines.map(terminalSafe);
}
