import { render } from 'preact';
import type { CardAnchor } from '../lib/page/mark-geometry';
import type { HoveredItem } from '../lib/page/session';
import { t } from '../lib/i18n';
import { truncate, valueLabel } from '../lib/view/format';
import { placeCard } from './card-placement';
import { CorrectionChoices, type CardCorrections } from './CorrectionChoices';
import { KeepButton, type KeepActions } from './KeepButton';

export interface HoverCardProps {
  hovered: HoveredItem;
  /** The line being read, in viewport pixels: the card stays clear of it. */
  anchor: CardAnchor;
  /** The reader is correcting the item (pressed Alt+Shift+C): the card offers the corrections and stays. */
  correcting?: CardCorrections;
  /** "Keep" for the item: `item` names it (a card for another item starts afresh), `kept` its kept record. */
  keeping?: { item: string; kept: string | undefined; actions: KeepActions };
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

export function HoverCard({ hovered, anchor, correcting, keeping }: HoverCardProps) {
  const { left, width, top, bottom, maxHeight } = placeCard(anchor, { width: window.innerWidth, height: window.innerHeight });
  const style = { left: `${left}px`, width: `${width}px`, maxHeight: `${maxHeight}px`, ...(top === undefined ? { bottom: `${bottom}px` } : { top: `${top}px` }) };
  return (
    <div class={correcting ? 'card pinned' : 'card'} role={correcting ? 'dialog' : 'tooltip'} aria-label={correcting ? t('correctThisMark') : undefined} style={style}>
      {hovered.kind === 'quote' ? (
        <>
          <div class="title">
            <span class="badge quote">{t(hovered.item.kind === 'direct' ? 'cardDirectQuote' : 'cardIndirectQuote')}</span>
          </div>
          <Row label={t('cardSpeaker')} value={`${hovered.item.speaker?.name.trim() || t('cardUnknownSpeaker')}${hovered.item.correction ? t('cardYourCorrection') : ''}`} />
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
          <Row label={t('cardSource')} value={hovered.item.source?.trim() || t('cardArticleItself')} />
        </>
      )}
      {keeping && <KeepButton key={keeping.item} kept={keeping.kept} actions={keeping.actions} />}
      {correcting ? <CorrectionChoices item={hovered.kind} speakers={correcting.speakers} label={t('correctThisMark')} correct={correcting.correct} focusFirst /> : null}
      <div class="hint">{t(correcting ? 'cardEscToClose' : 'cardCorrectHint')}</div>
    </div>
  );
}

/** Renders the card for `state` into `container`, or empties it. */
export function renderHoverCard(container: HTMLElement, state: HoverCardProps | null): void {
  render(state ? <HoverCard {...state} /> : null, container);
}
