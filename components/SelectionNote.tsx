import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToRuntime, type PickedPassage } from '../lib/messages';
import { pickRange } from '../lib/page/notes-layer';
import { trackSelection } from '../lib/page/selection-tracker';
import type { PageRef } from '../lib/store/collection';
import { clearDraft, loadDraft, saveDraft } from '../lib/store/drafts';
import { articleKey } from '../lib/store/urls';
import { NoteForm, type NoteDraft } from './NoteForm';
import { t } from '../lib/i18n';

// The small "Note" button beside a selection, in our shadow root, and the note it opens in
// place. The passage is described when the button appears, so clicking (which may clear the
// page's selection) cannot lose it.

export interface SelectionNoteState {
  picked: PickedPassage;
  x: number;
  y: number;
}

export interface SelectionNoteActions {
  save(picked: PickedPassage, body: string, tags: string[]): Promise<string | null>;
  loadDraft(): Promise<NoteDraft | null>;
  keepDraft(draft: NoteDraft): void;
}

export const SELECTION_NOTE_STYLE = `
.selection-note { position: fixed; z-index: 1; pointer-events: auto; font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f; }
.selection-note .open { background: rgb(150 60 220); color: white; border: 0; border-radius: 12px; padding: 2px 10px; cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); }
.selection-note .editor { background: white; border: 1px solid #c4c7c5; border-radius: 6px; padding: 8px; width: 280px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); }
.selection-note q { display: block; font-style: italic; margin-bottom: 6px; max-height: 3.9em; overflow: hidden; text-decoration: underline wavy rgb(150 60 220); }
.selection-note textarea, .selection-note .tags { width: 100%; box-sizing: border-box; font: inherit; margin-bottom: 6px; padding: 4px; }
.selection-note .form-actions { display: flex; gap: 10px; align-items: center; }
.selection-note button[type=submit] { background: #1a56c4; color: white; border: 0; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
.selection-note .link { background: none; border: 0; padding: 0; color: #1a56c4; text-decoration: underline; cursor: pointer; }
.selection-note .problem { color: #a50e0e; margin: 4px 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;

interface SelectionNoteProps {
  state: SelectionNoteState;
  actions: SelectionNoteActions;
  onClose: () => void;
  onOpen: () => void;
}

function SelectionNote({ state, actions, onClose, onOpen }: SelectionNoteProps) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (open) void actions.loadDraft().then((loaded) => setDraft(loaded ?? { body: '', tags: '' }));
  }, [open, actions]);
  const left = Math.min(state.x + 4, window.innerWidth - (open ? 300 : 70));
  const top = Math.min(state.y + 6, window.innerHeight - (open ? 220 : 30));
  return (
    <div class="selection-note" style={{ left: `${Math.max(0, left)}px`, top: `${Math.max(0, top)}px` }}>
      {!open ? (
        <button type="button" class="open" title={t('selectionNoteTitle')} onClick={() => {
            onOpen();
            setOpen(true);
          }}
        >
          {t('selectionNoteButton')}
        </button>
      ) : (
        <div class="editor" role="dialog" aria-label={t('selectionNoteDialog')}>
          <q>{state.picked.text}</q>
          {draft && (
            <NoteForm
              id="sourcelight-selection-note"
              initial={draft}
              knownTags={[]}
              saveLabel={t('selectionNoteSave')}
              onDraft={actions.keepDraft}
              onCancel={onClose}
              onSave={async (body, tags) => {
                const failure = await actions.save(state.picked, body, tags);
                setProblem(failure);
                if (!failure) onClose();
                return !failure;
              }}
            />
          )}
          {problem && <p class="problem">{problem}</p>}
        </div>
      )}
    </div>
  );
}

/** Shows the button (and its note) for `state` in `mountPoint`, or nothing for null. */
function renderSelectionNote(mountPoint: HTMLElement, state: SelectionNoteState | null, actions: SelectionNoteActions, onClose: () => void, onOpen: () => void): void {
  // A new selection starts a new button: keyed by where it stands.
  render(state ? <SelectionNote key={`${state.x}:${state.y}`} state={state} actions={actions} onClose={onClose} onOpen={onOpen} /> : null, mountPoint);
}

/**
 * Follows the reader's selection in `win` and offers a note on it, saved through the background
 * for this page; `mount` gives the overlay layer to render in (putting the overlay on the page).
 */
export function startSelectionNotes(win: Window, mount: () => HTMLElement, page: () => PageRef): () => void {
  const draftKey = (): string => {
    const { url, meta } = page();
    return `page:${articleKey(url, meta.canonicalUrl) ?? url}`;
  };
  const actions: SelectionNoteActions = {
    async save(picked, body, tags) {
      const saved = await sendToRuntime('sourcelight/notes/add', { page: page(), note: { body, tags, target: picked.target } });
      if (saved.ok) void clearDraft(draftKey());
      return saved.ok ? null : saved.error;
    },
    loadDraft: async () => {
      const draft = await loadDraft(draftKey());
      return draft && { body: draft.body, tags: draft.tags };
    },
    keepDraft: (draft) => void saveDraft(draftKey(), { ...draft, picked: null }),
  };
  let shown = false;
  let editing = false;
  const close = (): void => {
    editing = false;
    if (shown) renderSelectionNote(mount(), null, actions, close, () => undefined);
    shown = false;
  };
  const stop = trackSelection(win, (spot) => {
    // Typing in the open note moves the selection into our overlay: the note stays.
    if (editing) return;
    const picked = spot && pickRange(win.document, spot.range);
    if (!spot || !picked) return close();
    shown = true;
    renderSelectionNote(mount(), { picked, x: spot.x, y: spot.y }, actions, close, () => (editing = true));
  });
  return () => {
    stop();
    close();
  };
}
