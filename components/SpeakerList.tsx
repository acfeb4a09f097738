import { useMemo, useState } from 'preact/hooks';
import type { QuoteItem } from '../lib/messages';
import { ItemProblemNote, LostLabel } from './ItemPresence';
import type { Indexed } from '../lib/view/group';
import { speakerRole } from '../lib/view/speaker-role';
import { groupSpeakers } from '../lib/view/speakers';
import { truncate } from '../lib/view/format';
import { CorrectedNote, CorrectItem } from './CorrectItem';
import { t } from '../lib/i18n';
import { withParts } from './with-parts';
import { KeepItem } from './KeepItem';

export interface SpeakerListProps {
  quotes: QuoteItem[];
  /** The article's text: where a speaker's role is looked up. */
  text: string;
  /** Which quotes show (the filter box); null shows all. */
  shown: ((quote: QuoteItem) => boolean) | null;
  /** Group by speaker (the "Speakers" toggle); off lists the quotes in the article's order. */
  grouped: boolean;
  onSelect: (index: number) => void;
}

const QUOTE_CHARS = 140;

/** A direct quote's span leaves its quotation marks out; they come back for reading. */
const quoted = (item: QuoteItem, text: string): string => (item.kind === 'direct' && !/^["“„«'‘]/.test(text) ? `“${text}”` : text);

function QuoteRow({ item, index, onSelect }: Indexed<QuoteItem> & { onSelect: (index: number) => void }) {
  const ref = { kind: 'quote' as const, index };
  const rejected = item.correction?.kind === 'not-quote';
  return (
    <li class={item.correction ? 'item-row item-corrected' : 'item-row'}>
      <button type="button" class="item" disabled={!item.anchored || rejected} onClick={() => onSelect(index)}>
        <span class="item-tags">
          <span class={`badge badge-${item.kind}`}>{t(item.kind === 'direct' ? 'listDirect' : 'listIndirect')}</span>
          {item.cue && (
            <span class="cue">
              <bdi>{item.cue}</bdi>
            </span>
          )}
          <LostLabel lost={item.lost} />
        </span>
        <span class={rejected ? 'item-text item-rejected' : 'item-text'}>
          <bdi>{quoted(item, truncate(item.text, QUOTE_CHARS))}</bdi>
        </span>
      </button>
      <ItemProblemNote kind="quote" index={index} />
      {((item.anchored && !rejected) || item.kept) && <KeepItem refTo={ref} kept={item.kept} />}
      {item.correction ? <CorrectedNote refTo={ref} correction={item.correction} /> : <CorrectItem refTo={ref} />}
    </li>
  );
}

/** "3" or, while filtering, "1 of 3". */
const countLabel = (shown: number, total: number): string => (shown === total ? `${total}` : t('listOf', [`${shown}`, `${total}`]));

function Group({
  id,
  name,
  role,
  variants,
  items,
  total,
  unknown = false,
  onSelect,
}: {
  id: string;
  name: string;
  role: string | null;
  variants: string[];
  items: Array<Indexed<QuoteItem>>;
  total: number;
  unknown?: boolean;
  onSelect: (index: number) => void;
}) {
  const [open, setOpen] = useState(true);
  return (
    <li class="group">
      <h3 class={unknown ? 'group-name group-name-unknown' : 'group-name'}>
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span class="group-label">
            <bdi>{name}</bdi>
          </span>{' '}
          <span class="group-count">{countLabel(items.length, total)}</span>
        </button>
      </h3>
      {(role || variants.length > 0) && (
        <p class="group-about">
          {role && (
            <span class="group-role">
              <bdi>{role}</bdi>
            </span>
          )}
          {variants.length > 0 && <span class="group-variants">{withParts('listAlsoNamed', [<bdi>{variants.join('”, “')}</bdi>])}</span>}
        </p>
      )}
      {open && (
        <ul class="items" id={id}>
          {items.map(({ item, index }) => (
            <QuoteRow key={index} item={item} index={index} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function SpeakerList({ quotes, text, shown, grouped, onSelect }: SpeakerListProps) {
  const { groups, unknown } = useMemo(() => groupSpeakers(quotes), [quotes]);
  const roles = useMemo(() => new Map(groups.map((g) => [g.key, speakerRole(text, [g.label, ...g.variants])])), [groups, text]);
  if (quotes.length === 0) return <p class="empty">{t('listNoQuotes')}</p>;
  const keep = (items: Array<Indexed<QuoteItem>>) => (shown ? items.filter(({ item }) => shown(item)) : items);
  if (!grouped) {
    const items = keep(quotes.map((item, index) => ({ item, index })));
    if (items.length === 0) return <p class="empty">{t('listNoQuoteMatches')}</p>;
    return (
      <ul class="items">
        {items.map(({ item, index }) => (
          <QuoteRow key={index} item={item} index={index} onSelect={onSelect} />
        ))}
      </ul>
    );
  }
  const visible = [
    ...groups.map((g) => ({ ...g, role: roles.get(g.key) ?? null, unknown: false, all: g.items.length, items: keep(g.items) })),
    ...(unknown.length > 0 ? [{ key: '', label: t('listUnknownSpeaker'), variants: [], role: null, unknown: true, all: unknown.length, items: keep(unknown) }] : []),
  ].filter((g) => g.items.length > 0);
  if (visible.length === 0) return <p class="empty">{t('listNoQuoteMatches')}</p>;
  return (
    <ul class="groups">
      {visible.map((g, i) => (
        <Group key={g.key} id={`speaker-${i}`} name={g.label} role={g.role} variants={g.variants} items={g.items} total={g.all} unknown={g.unknown} onSelect={onSelect} />
      ))}
    </ul>
  );
}
