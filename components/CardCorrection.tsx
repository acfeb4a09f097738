import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ItemKind } from '../lib/messages';
import type { CorrectionKind } from '../lib/store/schema';
import { t } from '../lib/i18n';

// The hover card's corrections, opened with Alt+Shift+C while the card shows: "Not a quote", "Wrong
// speaker →" (a name from the page or typed), "Not a figure". The card then stays put, and
// takes the pointer and the keyboard, until a choice is made or Escape closes it.

export interface CardCorrections {
  /** The speakers the page names, offered for "Wrong speaker". */
  speakers: string[];
  /** Keeps the correction; the reason it failed, or null. */
  correct: (kind: CorrectionKind, speaker?: string) => Promise<string | null>;
}

export const CARD_CORRECTION_STYLE = `
.card.pinned { pointer-events: auto; }
.correct { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.correct button { min-height: 24px; padding: 2px 8px; border: 1px solid var(--edge); border-radius: 4px; background: var(--paper); color: var(--ink); font: inherit; font-size: 12px; cursor: pointer; }
.correct button:focus-visible, .correct input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.correct form { display: flex; flex-basis: 100%; gap: 6px; }
.correct input { flex: 1; min-width: 0; padding: 2px 6px; border: 1px solid var(--edge); border-radius: 4px; background: var(--paper); color: var(--ink); font: inherit; font-size: 12px; }
.correct .problem { flex-basis: 100%; margin: 0; color: #b3261e; font-size: 12px; }
`;

export function CardCorrection({ item, corrections }: { item: ItemKind; corrections: CardCorrections }) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // The reader pressed C: the choices take the keyboard at once.
  useEffect(() => first.current?.focus(), []);
  const send = (kind: CorrectionKind, speaker?: string): void => void corrections.correct(kind, speaker).then(setProblem);
  return (
    <div class="correct" role="group" aria-label={t('correctThisMark')}>
      {item === 'quote' ? (
        <>
          <button type="button" ref={first} onClick={() => send('not-quote')}>
            {t('correctNotQuote')}
          </button>
          <button type="button" aria-expanded={naming} onClick={() => setNaming(!naming)}>
            {t('correctWrongSpeaker')}
          </button>
          {naming && (
            <form
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
                {corrections.speakers.map((speaker) => (
                  <option key={speaker} value={speaker} />
                ))}
              </datalist>
              <button type="submit">{t('correctSave')}</button>
            </form>
          )}
        </>
      ) : (
        <button type="button" ref={first} onClick={() => send('not-figure')}>
          {t('correctNotFigure')}
        </button>
      )}
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
