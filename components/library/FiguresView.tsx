import { useMemo } from 'preact/hooks';
import { ledger } from '../../lib/library/figures';
import type { LibraryRow } from '../../lib/library/rows';
import { valueLabel } from '../../lib/view/format';

/**
 * The claims ledger: one quantity across outlets. Each group is what the figures count; its rows
 * put value, qualifier, whose figure and which outlet side by side, with a bar to the group's
 * largest value so an order of magnitude shows at a glance.
 */
export function FiguresView({ rows }: { rows: readonly LibraryRow[] }) {
  const groups = useMemo(() => ledger(rows), [rows]);
  if (groups.length === 0) return <p class="empty">No kept figures among these rows.</p>;
  return (
    <div class="ledger">
      <p class="muted ledger-intro">
        Kept figures grouped by what they count, largest first: the same quantity as each outlet and source gives it.
      </p>
      {groups.slice(0, 200).map((group) => {
        const top = Math.max(...group.entries.map((entry) => Math.abs(entry.value ?? 0)), 1);
        return (
          <section key={group.measure} class="ledger-group" aria-label={`Figures counting ${group.label}`}>
            <h2>
              {group.label}
              {group.words.length > 0 && <span class="ledger-words"> · {group.words.join(', ')}</span>}
              <span class="muted ledger-count">
                {' '}
                {group.entries.length} {group.entries.length === 1 ? 'figure' : 'figures'}, {group.outlets} {group.outlets === 1 ? 'outlet' : 'outlets'}
              </span>
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Qualifier</th>
                  <th scope="col">Whose figure</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">In context</th>
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
                    <td>{row.speaker ?? 'the article itself'}</td>
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
