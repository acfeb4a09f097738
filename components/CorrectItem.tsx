import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { ItemCorrection, ItemRef } from '../lib/messages';
import type { CorrectionKind } from '../lib/store/schema';
import { t, type MessageKey } from '../lib/i18n';
import { CorrectionChoices } from './CorrectionChoices';
import { withParts } from './with-parts';

// The popup's corrections of a listed item: a "⋯" beside it opens the choices; a corrected item
// says so and offers to undo it.

export interface Corrections {
  /** The speakers the page names, offered for "Wrong speaker". */
  speakers: string[];
  correct: (ref: ItemRef, kind: CorrectionKind, speaker?: string) => Promise<string | null>;
  undo: (ref: ItemRef) => Promise<string | null>;
}

export const CorrectionsContext = createContext<Corrections | null>(null);

const CORRECTED: Record<CorrectionKind, MessageKey> = {
  'not-quote': 'correctedNotQuote',
  'wrong-speaker': 'correctedSpeaker',
  'not-figure': 'correctedNotFigure',
};

/** The line under a corrected item. */
export function CorrectedNote({ refTo, correction }: { refTo: ItemRef; correction: ItemCorrection }) {
  const corrections = useContext(CorrectionsContext);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span class="corrected-note">
      {t('correctedNote', t(CORRECTED[correction.kind]))}
      {correction.kind === 'wrong-speaker' && correction.detectedSpeaker && <> {withParts('correctedWas', [<bdi>{correction.detectedSpeaker}</bdi>])}</>}
      {corrections && (
        <>
          {' · '}
          <button type="button" class="link" onClick={() => void corrections.undo(refTo).then(setProblem)}>
            {t('correctUndo')}
          </button>
        </>
      )}
      {problem && <span class="problem"> {problem}</span>}
    </span>
  );
}

/** The "⋯" button beside an item and the choices it opens. */
export function CorrectItem({ refTo }: { refTo: ItemRef }) {
  const corrections = useContext(CorrectionsContext);
  const [open, setOpen] = useState(false);
  if (!corrections) return null;
  const label = t(refTo.kind === 'quote' ? 'correctThisQuote' : 'correctThisFigure');
  return (
    <div class="correct">
      <button type="button" class="correct-toggle" aria-expanded={open} aria-label={label} title={t('correctThis')} onClick={() => setOpen(!open)}>
        ⋯
      </button>
      {open && (
        <CorrectionChoices
          item={refTo.kind}
          speakers={corrections.speakers}
          label={label}
          correct={(kind, speaker) => corrections.correct(refTo, kind, speaker)}
          onCorrected={() => setOpen(false)}
        />
      )}
    </div>
  );
}
