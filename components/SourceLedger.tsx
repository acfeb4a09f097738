import type { CitedKind, SourceLedger } from '../lib/ledger/types';
import { t, type MessageKey } from '../lib/i18n';

// Whom the article leans on, under the outlet card: people quoted, what it cites, where it links.
// Each cited source shows the sentence that cites it on hover and when opened.

const KIND_LABEL: Record<CitedKind, MessageKey> = {
  outlet: 'ledgerOutlet',
  agency: 'ledgerAgency',
  study: 'ledgerStudy',
  report: 'ledgerReport',
  document: 'ledgerDocument',
  organisation: 'ledgerOrganisation',
};

const plural = (n: number): string => (n > 1 ? ` ×${n}` : '');

export function SourceLedgerView({ ledger }: { ledger: SourceLedger }) {
  const { people, cited, links } = ledger;
  if (!people.length && !cited.length && !links.length) return null;
  return (
    <section class="section ledger" aria-label={t('ledgerHeading')}>
      <h2 class="section-title">{t('ledgerHeading')}</h2>
      {cited.length > 0 && (
        <ul class="ledger-list ledger-cited">
          {cited.map((c) => (
            <li key={c.name} class="ledger-item">
              <details>
                <summary title={c.mentions[0]?.sentence}>
                  <span class="ledger-name">{c.name}</span> <span class="ledger-kind">{t(KIND_LABEL[c.kind])}</span>
                  {plural(c.mentions.length)}
                  {c.domain && <span class="ledger-domain"> · {c.domain}</span>}
                </summary>
                {c.mentions.map((m) => (
                  <p key={m.start} class="ledger-sentence">
                    {m.sentence}
                  </p>
                ))}
              </details>
            </li>
          ))}
        </ul>
      )}
      {people.length > 0 && (
        <p class="ledger-people">
          <span class="ledger-label">{t('ledgerQuoted')} </span>
          {people.map((p) => `${p.name}${plural(p.count)}`).join(', ')}
        </p>
      )}
      {links.length > 0 && (
        <p class="ledger-links">
          <span class="ledger-label">{t('ledgerLinksTo')} </span>
          {links.map((l) => `${l.domain}${l.outlet ? ` (${l.outlet})` : ''}${plural(l.count)}`).join(', ')}
        </p>
      )}
    </section>
  );
}
