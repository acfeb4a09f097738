export interface CountsProps {
  quotes: number;
  claims: number;
  speakers: number;
  /** Quotes and claims found in the page (the rest are listed but cannot be shown). */
  anchored: number;
  /** Items once highlighted that the page has since changed or removed (among those not anchored now). */
  lost?: number;
}

export function Counts({ quotes, claims, speakers, anchored, lost = 0 }: CountsProps) {
  const missing = quotes + claims - anchored - lost;
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
      {lost > 0 && <p class="counts-note">{lost} {lost === 1 ? 'is' : 'are'} no longer on the page: it changed or removed them after they were marked.</p>}
    </section>
  );
}
