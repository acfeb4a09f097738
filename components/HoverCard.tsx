import { render } from 'preact';
import type { CardAnchor } from '../lib/page/mark-geometry';
import type { HoveredItem } from '../lib/page/session';
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
            <span class="badge quote">{hovered.item.kind} quote</span>
          </div>
          <Row label="Speaker" value={speakerLabel(hovered.item.speaker?.name)} />
          <Row label="Cue" value={hovered.item.cue ?? 'none (inferred from context)'} />
          {/* Hovering the speaker's name shows its quote: the words say which one. */}
          <div class="excerpt">{truncate(hovered.item.text, EXCERPT_CHARS)}</div>
        </>
      ) : (
        <>
          <div class="title">
            <span class="badge claim">figure</span>
            <span class="figure">{truncate(hovered.item.text, 60)}</span>
          </div>
          <Row label="Value" value={valueLabel(hovered.item.value)} />
          <Row label="Unit" value={hovered.item.unit ?? '—'} />
          <Row label="Qualifier" value={hovered.item.qualifier ?? '—'} />
          <Row label="Source" value={sourceLabel(hovered.item.source)} />
        </>
      )}
      <div class="hint">Esc to close</div>
    </div>
  );
}

/** Renders the card for `state` into `container`, or empties it. */
export function renderHoverCard(container: HTMLElement, state: HoverCardProps | null): void {
  render(state ? <HoverCard {...state} /> : null, container);
}
