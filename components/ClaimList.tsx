import type { ClaimItem } from '../lib/messages';
import { groupClaimsBySource } from '../lib/view/group';
import { sourceLabel, truncate } from '../lib/view/format';

export interface ClaimListProps {
  claims: ClaimItem[];
  onSelect: (index: number) => void;
}

const FIGURE_CHARS = 80;

/** What the figure's own words may not make plain: its qualifier and unit. */
const details = (claim: ClaimItem): string =>
  [claim.qualifier && `qualifier: ${claim.qualifier}`, claim.unit && `unit: ${claim.unit}`].filter(Boolean).join(' · ');

export function ClaimList({ claims, onSelect }: ClaimListProps) {
  if (claims.length === 0) return <p class="empty">No figures found.</p>;
  return (
    <ul class="groups">
      {groupClaimsBySource(claims).map((group) => (
        <li key={group.key ?? ''} class="group">
          <h3 class={group.key ? 'group-name' : 'group-name group-name-article'}>
            {sourceLabel(group.key)} <span class="group-count">{group.items.length}</span>
          </h3>
          <ul class="items">
            {group.items.map(({ item, index }) => (
              <li key={index}>
                <button type="button" class="item item-claim" disabled={!item.anchored} onClick={() => onSelect(index)}>
                  <span class="item-text">
                    {item.context.before}
                    <strong class="item-figure">{truncate(item.text, FIGURE_CHARS)}</strong>
                    {item.context.after}
                  </span>
                  {details(item) && <span class="item-details">{details(item)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
