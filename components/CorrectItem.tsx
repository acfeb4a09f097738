import { createContext } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import { CORRECTION_LABEL } from '../lib/corrections/corrections';
import type { ItemCorrection, ItemRef } from '../lib/messages';
import type { CorrectionKind } from '../lib/store/schema';

// The reader's corrections of a listed item: "Not a quote", "Wrong speaker → (a name from the
// page, or typed)", "Not a figure"; a corrected item says so and offers to undo it.

export interface Corrections {
  /** The speakers the page names, offered for "Wrong speaker". */
  speakers: string[];
  correct: (ref: ItemRef, kind: CorrectionKind, speaker?: string) => Promise<string | null>;
  undo: (ref: ItemRef) => Promise<string | null>;
}

export const CorrectionsContext = createContext<Corrections | null>(null);

/** The line under a corrected item. */
export function CorrectedNote({ refTo, correction }: { refTo: ItemRef; correction: ItemCorrection }) {
  const corrections = useContext(CorrectionsContext);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span class="corrected-note">
      Corrected: {CORRECTION_LABEL[correction.kind]}
      {correction.kind === 'wrong-speaker' && correction.detectedSpeaker && (
        <>
          {' '}
          (was <bdi>{correction.detectedSpeaker}</bdi>)
        </>
      )}
      {corrections && (
        <>
          {' · '}
          <button type="button" class="link" onClick={() => void corrections.undo(refTo).then(setProblem)}>
            Undo
          </button>
        </>
      )}
      {problem && <span class="problem"> {problem}</span>}
    </span>
  );
}

/** The "Correct" button beside an item and the choices it opens. */
export function CorrectItem({ refTo, label }: { refTo: ItemRef; label: string }) {
  const corrections = useContext(CorrectionsContext);
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();
  if (!corrections) return null;
  const send = (kind: CorrectionKind, speaker?: string): void => {
    void corrections.correct(refTo, kind, speaker).then((error) => {
      setProblem(error);
      if (!error) setOpen(false);
    });
  };
  return (
    <div class="correct">
      <button type="button" class="correct-toggle" aria-expanded={open} aria-label={`Correct ${label}`} title="Correct this" onClick={() => setOpen(!open)}>
        ⋯
      </button>
      {open && (
        <div class="correct-menu" role="group" aria-label={`Correct ${label}`}>
          {refTo.kind === 'quote' ? (
            <>
              <button type="button" class="correct-choice" onClick={() => send('not-quote')}>
                Not a quote
              </button>
              <button type="button" class="correct-choice" aria-expanded={naming} onClick={() => setNaming(!naming)}>
                Wrong speaker →
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
                    aria-label="Who said it"
                    placeholder="Pick a name from the page or type one"
                    onInput={(e) => setName(e.currentTarget.value)}
                  />
                  <datalist id={listId}>
                    {corrections.speakers.map((speaker) => (
                      <option key={speaker} value={speaker} />
                    ))}
                  </datalist>
                  <button type="submit" class="correct-choice">
                    Save
                  </button>
                </form>
              )}
            </>
          ) : (
            <button type="button" class="correct-choice" onClick={() => send('not-figure')}>
              Not a figure
            </button>
          )}
          {problem && <p class="problem">{problem}</p>}
        </div>
      )}
    </div>
  );
}
