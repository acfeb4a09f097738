import { t } from '../lib/i18n';
import type { ItemCorrection } from '../lib/library/corrected';

/** The reader's correction of a kept item, as the library's rows and the side panel's kept items say it; null when none. */
export function correctionLabel(correction: ItemCorrection | null | undefined): string | null {
  if (!correction) return null;
  const detected = correction.detectedSpeaker ?? t('libraryCorrectedNoSpeaker');
  if (correction.kind === 'wrong-speaker') return t('libraryCorrectedSpeaker', detected);
  if (correction.kind === 'in-corrected-quote') return t('libraryCorrectedWithQuote', detected);
  return t(correction.kind === 'not-quote' ? 'libraryCorrectedNotQuote' : 'libraryCorrectedNotFigure');
}
