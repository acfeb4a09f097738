import { render } from 'preact';
import type { CardAnchor } from '../lib/page/mark-geometry';
import type { HoveredItem } from '../lib/page/session';
import { t } from '../lib/i18n';
import { sourceLabel, speakerLabel, truncate, valueLabel } from '../lib/view/format';
import { placeCard } from './card-placement';

export interface HoverCardProps {
  hovered: HoveredItem;
  /** The line being read, in viewport pixels: the card stays clear of it. */
  anchor: CardAnchor;
}

const EXCERPT_CHARS = 90;

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div class="row">
      <span class="label">{label}</span>
      <span class="value">{value}</span>
    </div>
  );
}

export function HoverCard({ hovered, anchor }: HoverCardProps) {
  const { left, width, top, bottom, maxHeight } = placeCard(anchor, { width: window.innerWidth, height: window.innerHeight });
  const style = { left: `${left}px`, width: `${width}px`, maxHeight: `${maxHeight}px`, ...(top === undefined ? { bottom: `${bottom}px` } : { top: `${top}px` }) };
  return (
    <div class="card" role="tooltip" style={style}>
      {hovered.kind === 'quote' ? (
        <>
          <div class="title">
            <span class="badge quote">{t(hovered.item.kind === 'direct' ? 'cardDirectQuote' : 'cardIndirectQuote')}</span>
          </div>
          <Row label={t('cardSpeaker')} value={speakerLabel(hovered.item.speaker?.name)} />
          <Row label={t('cardCue')} value={hovered.item.cue ?? t('cardNoCue')} />
          {/* Hovering the speaker's name shows its quote: the words say which one. */}
          <div class="excerpt">{truncate(hovered.item.text, EXCERPT_CHARS)}</div>
        </>
      ) : (
        <>
          <div class="title">
            <span class="badge claim">{t('cardFigure')}</span>
            <span class="figure">{truncate(hovered.item.text, 60)}</span>
          </div>
          <Row label={t('cardValue')} value={valueLabel(hovered.item.value)} />
          <Row label={t('cardUnit')} value={hovered.item.unit ?? '—'} />
          <Row label={t('cardQualifier')} value={hovered.item.qualifier ?? '—'} />
          <Row label={t('cardSource')} value={sourceLabel(hovered.item.source)} />
        </>
      )}
      <div class="hint">{t('cardEscToClose')}</div>
    </div>
  );
}

/** Renders the card for `state` into `container`, or empties it. */
export function renderHoverCard(container: HTMLElement, state: HoverCardProps | null): void {
  render(state ? <HoverCard {...state} /> : null, container);
}
