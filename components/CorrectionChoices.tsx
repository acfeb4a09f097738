import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ItemKind } from '../lib/messages';
import type { CorrectionKind } from '../lib/store/schema';
import { t } from '../lib/i18n';

// The choices that correct a detected item — "Not a quote", "Wrong speaker →" (a name from the
// page, or typed), "Not a figure" — one component for the popup's "⋯" menu and the hover card
// (Alt+Shift+C), so both say the same words.

export interface CorrectionChoicesProps {
  item: ItemKind;
  /** The speakers the page names, offered for "Wrong speaker". */
  speakers: string[];
  /** The group's accessible name. */
  label: string;
  /** Keeps the correction; the reason it failed, or null. */
  correct: (kind: CorrectionKind, speaker?: string) => Promise<string | null>;
  /** The first choice takes the keyboard at once (the card, opened by a key). */
  focusFirst?: boolean;
  /** The correction was kept. */
  onCorrected?: () => void;
}

/** What the hover card needs to offer the choices. */
export type CardCorrections = Pick<CorrectionChoicesProps, 'speakers' | 'correct'>;

export function CorrectionChoices({ item, speakers, label, correct, focusFirst = false, onCorrected }: CorrectionChoicesProps) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const listId = useId();
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, []);
  const send = (kind: CorrectionKind, speaker?: string): void => {
    void correct(kind, speaker).then((error) => {
      setProblem(error);
      if (!error) onCorrected?.();
    });
  };
  return (
    <div class="correct-menu" role="group" aria-label={label}>
      {item === 'quote' ? (
        <>
          <button type="button" class="correct-choice" ref={first} onClick={() => send('not-quote')}>
            {t('correctNotQuote')}
          </button>
          <button type="button" class="correct-choice" aria-expanded={naming} onClick={() => setNaming(!naming)}>
            {t('correctWrongSpeaker')}
          </button>
          {naming && (
            <form
              class="correct-speaker"
              onSubmit={(e) => {
                e.preventDefault();
                send('wrong-speaker', name);
              }}
            >
              <input
                type="text"
                list={listId}
                value={name}
                aria-label={t('correctWhoSaidIt')}
                placeholder={t('correctNamePlaceholder')}
                onInput={(e) => setName(e.currentTarget.value)}
              />
              <datalist id={listId}>
                {speakers.map((speaker) => (
                  <option key={speaker} value={speaker} />
                ))}
              </datalist>
              <button type="submit" class="correct-choice">
                {t('correctSave')}
              </button>
            </form>
          )}
        </>
      ) : (
        <button type="button" class="correct-choice" ref={first} onClick={() => send('not-figure')}>
          {t('correctNotFigure')}
        </button>
      )}
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
