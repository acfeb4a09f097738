import { useMemo } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ledger } from '../../lib/library/figures';
import type { LibraryRow } from '../../lib/library/rows';
import { valueLabel } from '../../lib/view/format';
import { outletCount } from './outlet-count';

/**
 * The claims ledger: one quantity across outlets. Each group is what the figures count; its rows
 * put value, qualifier, whose figure and which outlet side by side, with a bar to the group's
 * largest value so an order of magnitude shows at a glance.
 */
export function FiguresView({ rows }: { rows: readonly LibraryRow[] }) {
  const groups = useMemo(() => ledger(rows), [rows]);
  if (groups.length === 0) return <p class="empty">{t('figuresLedgerNone')}</p>;
  return (
    <div class="ledger">
      <p class="muted ledger-intro">{t('figuresLedgerIntro')}</p>
      {groups.slice(0, 200).map((group) => {
        const top = Math.max(...group.entries.map((entry) => Math.abs(entry.value ?? 0)), 1);
        return (
          <section key={group.measure} class="ledger-group" aria-label={t('figuresLedgerGroup', group.label)}>
            <h2>
              {group.label}
              {group.words.length > 0 && <span class="ledger-words"> · {group.words.join(', ')}</span>}
              <span class="muted ledger-count">
                {' '}
                {t('figuresLedgerCount', [
                  t(group.entries.length === 1 ? 'figuresLedgerFiguresOne' : 'figuresLedgerFigures', `${group.entries.length}`),
                  outletCount(group.outlets),
                ])}
              </span>
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('figuresLedgerValue')}</th>
                  <th scope="col">{t('figuresLedgerQualifier')}</th>
                  <th scope="col">{t('figuresLedgerWhose')}</th>
                  <th scope="col">{t('figuresLedgerOutlet')}</th>
                  <th scope="col">{t('figuresLedgerContext')}</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.slice(0, 200).map(({ row, value }) => (
                  <tr key={row.id}>
                    <td class="ledger-value">
                      <strong>{valueLabel(row.value)}</strong>
                      <span class="bar" style={{ width: `${Math.max(2, (Math.abs(value ?? 0) / top) * 100)}%` }} aria-hidden="true" />
                    </td>
                    <td>{row.qualifier ?? '—'}</td>
                    <td>{row.speaker ?? t('libraryArticleItself')}</td>
                    <td>{row.outlet}</td>
                    <td class="ledger-context">
                      <a href={row.article.canonicalUrl ?? row.article.url} target="_blank" rel="noreferrer" title={row.article.title ?? undefined}>
                        {row.passage ?? row.text}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
