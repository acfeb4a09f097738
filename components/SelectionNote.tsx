import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToRuntime, type PickedPassage } from '../lib/messages';
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
  /** The tags used before, most used first: what the tags field completes. */
  knownTags(): Promise<string[]>;
}

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
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    if (!open) return;
    void actions.loadDraft().then((loaded) => setDraft(loaded ?? { body: '', tags: '' }));
    void actions.knownTags().then(setTags);
  }, [open, actions]);
  const left = Math.min(state.x + 4, window.innerWidth - (open ? 300 : 70));
  const top = Math.min(state.y + 6, window.innerHeight - (open ? 220 : 30));
  return (
    <div class="selection-note" style={{ left: `${Math.max(0, left)}px`, top: `${Math.max(0, top)}px` }}>
      {!open ? (
        <button
          type="button"
          class="open"
          title={t('selectionNoteTitle')}
          onClick={() => {
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
              knownTags={tags}
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

/** What the selection's note shows: the button (or the open note) for `state`, kept for the page `page` names. */
export interface SelectionNoteView {
  state: SelectionNoteState;
  page: () => PageRef;
  onClose: () => void;
  /** The reader opened the note (typing in it moves the selection into our overlay). */
  onOpen: () => void;
}

/** Each page function's actions, made once: an open note keeps the same actions across renders. */
const actionsByPage = new WeakMap<() => PageRef, SelectionNoteActions>();

/** Drafts and saving, for the page `page` names. */
function actionsOf(page: () => PageRef): SelectionNoteActions {
  const known = actionsByPage.get(page);
  if (known) return known;
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
    knownTags: async () => {
      const known = await sendToRuntime('sourcelight/notes/tags', null);
      return known.ok ? known.value : [];
    },
  };
  actionsByPage.set(page, actions);
  return actions;
}

/** Shows the button (and its note) of `view` in `mountPoint`, or nothing for null. */
export function renderSelectionNote(mountPoint: HTMLElement, view: SelectionNoteView | null): void {
  // A new selection starts a new button: keyed by where it stands.
  render(
    view ? <SelectionNote key={`${view.state.x}:${view.state.y}`} state={view.state} actions={actionsOf(view.page)} onClose={view.onClose} onOpen={view.onOpen} /> : null,
    mountPoint,
  );
}
