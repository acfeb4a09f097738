export interface CountsProps {
  quotes: number;
  claims: number;
  speakers: number;
  /** Quotes and claims found in the page (the rest are listed but cannot be shown). */
  anchored: number;
}

export function Counts({ quotes, claims, speakers, anchored }: CountsProps) {
  const missing = quotes + claims - anchored;
  return (
    <section class="counts" aria-label="Counts">
      <div class="count count-quote">
        <strong>{quotes}</strong> {quotes === 1 ? 'quote' : 'quotes'}
      </div>
      <div class="count count-speaker">
        <strong>{speakers}</strong> {speakers === 1 ? 'speaker' : 'speakers'}
      </div>
      <div class="count count-claim">
        <strong>{claims}</strong> {claims === 1 ? 'figure' : 'figures'}
      </div>
      {missing > 0 && <p class="counts-note">{missing} could not be located in the page and are not highlighted.</p>}
    </section>
  );
}
