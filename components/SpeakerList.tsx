import type { QuoteItem } from '../lib/messages';
import { groupQuotesBySpeaker } from '../lib/view/group';
import { speakerLabel, truncate } from '../lib/view/format';

export interface SpeakerListProps {
  quotes: QuoteItem[];
  onSelect: (index: number) => void;
}

const QUOTE_CHARS = 140;

/** A direct quote's span leaves its quotation marks out; they come back for reading. */
const quoted = (item: QuoteItem, text: string): string => (item.kind === 'direct' && !/^["“„«'‘]/.test(text) ? `“${text}”` : text);

export function SpeakerList({ quotes, onSelect }: SpeakerListProps) {
  if (quotes.length === 0) return <p class="empty">No attributed quotes found.</p>;
  return (
    <ul class="groups">
      {groupQuotesBySpeaker(quotes).map((group) => (
        <li key={group.key ?? ''} class="group">
          <h3 class={group.key ? 'group-name' : 'group-name group-name-unknown'}>
            {speakerLabel(group.key)} <span class="group-count">{group.items.length}</span>
          </h3>
          <ul class="items">
            {group.items.map(({ item, index }) => (
              <li key={index}>
                <button type="button" class="item" disabled={!item.anchored} onClick={() => onSelect(index)}>
                  <span class="item-tags">
                    <span class={`badge badge-${item.kind}`}>{item.kind}</span>
                    {item.cue && <span class="cue">{item.cue}</span>}
                  </span>
                  <span class="item-text">{quoted(item, truncate(item.text, QUOTE_CHARS))}</span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
