import { useMemo, useState } from 'preact/hooks';
import type { ClaimItem } from '../lib/messages';
import { ItemProblemNote, LostLabel } from './ItemPresence';
import { groupFigures, type FigureGroup } from '../lib/view/figures';
import type { Indexed } from '../lib/view/group';
import { truncate } from '../lib/view/format';
import { CorrectedNote, CorrectItem } from './CorrectItem';
import { t } from '../lib/i18n';
import { KeepItem } from './KeepItem';

export interface ClaimListProps {
  claims: ClaimItem[];
  /** The article's text: the sentence around a figure tells "no source given" from the reporter's own. */
  text: string;
  /** Which figures show (the filter box, with each figure's group label); null shows all. */
  shown: ((claim: ClaimItem, group: string) => boolean) | null;
  onSelect: (index: number) => void;
}

const FIGURE_CHARS = 80;

/** What the figure's own words may not make plain: its qualifier and unit. */
const details = (claim: ClaimItem): string => [claim.qualifier && t('listQualifier', claim.qualifier), claim.unit && t('listUnit', claim.unit)].filter(Boolean).join(' · ');

function ClaimRow({ item, index, onSelect }: Indexed<ClaimItem> & { onSelect: (index: number) => void }) {
  const ref = { kind: 'claim' as const, index };
  const rejected = item.correction?.kind === 'not-figure';
  return (
    <li class={item.correction ? 'item-row item-corrected' : 'item-row'}>
      <button type="button" class="item item-claim" disabled={!item.anchored || rejected} onClick={() => onSelect(index)}>
        <span class={rejected ? 'item-text item-rejected' : 'item-text'}>
          <bdi>{item.context.before}</bdi>
          <strong class="item-figure">
            <bdi>{truncate(item.text, FIGURE_CHARS)}</bdi>
          </strong>
          <bdi>{item.context.after}</bdi>
        </span>
        {details(item) && (
          <span class="item-details">
            <bdi>{details(item)}</bdi>
          </span>
        )}
        <LostLabel lost={item.lost} />
      </button>
      <ItemProblemNote kind="claim" index={index} />
      {((item.anchored && !rejected) || item.kept) && <KeepItem refTo={ref} kept={item.kept} />}
      {item.correction ? <CorrectedNote refTo={ref} correction={item.correction} /> : <CorrectItem refTo={ref} />}
    </li>
  );
}

const countLabel = (shown: number, total: number): string => (shown === total ? `${total}` : t('listOf', [`${shown}`, `${total}`]));

/** A group's heading, which the filter also matches: the source's name, or what the article's own figures are. */
const groupLabel = (group: FigureGroup): string => (group.kind === 'reporter' ? t('listReportersOwn') : group.kind === 'unsourced' ? t('listNoSourceGiven') : group.label);

function Group({ group, id, shown, onSelect }: { group: FigureGroup; id: string; shown: ClaimListProps['shown']; onSelect: (index: number) => void }) {
  const [open, setOpen] = useState(true);
  const keep = (items: Array<Indexed<ClaimItem>>) => (shown ? items.filter(({ item }) => shown(item, groupLabel(group))) : items);
  const main = keep(group.main);
  const small = keep(group.small);
  const total = group.main.length + group.small.length;
  if (main.length + small.length === 0) return null;
  return (
    <li class="group">
      <h3 class={group.kind === 'source' ? 'group-name' : 'group-name group-name-article'}>
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span class="group-label">
            <bdi>{groupLabel(group)}</bdi>
          </span>{' '}
          <span class="group-count">{countLabel(main.length + small.length, total)}</span>
        </button>
      </h3>
      {open && (
        <div id={id}>
          <ul class="items">
            {main.map(({ item, index }) => (
              <ClaimRow key={index} item={item} index={index} onSelect={onSelect} />
            ))}
          </ul>
          {small.length > 0 && (
            <details class="small-counts">
              <summary>
                {t('listSmallCounts')} <span class="group-count">{small.length}</span>
              </summary>
              <ul class="items">
                {small.map(({ item, index }) => (
                  <ClaimRow key={index} item={item} index={index} onSelect={onSelect} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </li>
  );
}

export function ClaimList({ claims, text, shown, onSelect }: ClaimListProps) {
  const groups = useMemo(() => groupFigures(claims, text), [claims, text]);
  if (claims.length === 0) return <p class="empty">{t('listNoFigures')}</p>;
  const any = !shown || groups.some((g) => [...g.main, ...g.small].some(({ item }) => shown(item, groupLabel(g))));
  if (!any) return <p class="empty">{t('listNoFigureMatches')}</p>;
  return (
    <ul class="groups">
      {groups.map((group, i) => (
        <Group key={group.key} group={group} id={`figures-${i}`} shown={shown} onSelect={onSelect} />
      ))}
    </ul>
  );
}
