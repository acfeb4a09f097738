import { t } from '../lib/i18n';
import { withParts } from './with-parts';

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
    <section class="counts" aria-label={t('countsLabel')}>
      <div class="count count-quote">{withParts(quotes === 1 ? 'countsQuotesOne' : 'countsQuotes', [<strong>{quotes}</strong>])}</div>
      <div class="count count-speaker">{withParts(speakers === 1 ? 'countsSpeakersOne' : 'countsSpeakers', [<strong>{speakers}</strong>])}</div>
      <div class="count count-claim">{withParts(claims === 1 ? 'countsFiguresOne' : 'countsFigures', [<strong>{claims}</strong>])}</div>
      {missing > 0 && <p class="counts-note">{t('countsMissing', `${missing}`)}</p>}
      {lost > 0 && <p class="counts-note">{t(lost === 1 ? 'countsLostOne' : 'countsLost', `${lost}`)}</p>}
    </section>
  );
}
