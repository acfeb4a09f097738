import { useState } from 'preact/hooks';
import { parseTags, TagInput } from './TagInput';
import { t } from '../lib/i18n';

export interface NoteDraft {
  body: string;
  tags: string;
}

interface NoteFormProps {
  id: string;
  initial: NoteDraft;
  knownTags: string[];
  saveLabel: string;
  onSave: (body: string, tags: string[]) => Promise<boolean>;
  onCancel?: () => void;
  /** Every change, so an unsent draft can be kept (see lib/store/drafts.ts). */
  onDraft?: (draft: NoteDraft) => void;
}

/** Writing or editing a note: Markdown body, tags; Ctrl/Cmd+Enter saves. */
export function NoteForm({ id, initial, knownTags, saveLabel, onSave, onCancel, onDraft }: NoteFormProps) {
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const change = (next: NoteDraft): void => {
    setDraft(next);
    onDraft?.(next);
  };
  const save = async (): Promise<void> => {
    if (!draft.body.trim() || saving) return;
    setSaving(true);
    // The form keeps its text when saving failed, so nothing typed is lost.
    // The owner clears a kept draft itself when the save went through.
    if (await onSave(draft.body, parseTags(draft.tags))) setDraft({ body: '', tags: '' });
    setSaving(false);
  };
  return (
    <form
      class="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label class="visually-hidden" for={`${id}-body`}>
        {t('noteBodyLabel')}
      </label>
      <textarea
        id={`${id}-body`}
        rows={4}
        value={draft.body}
        placeholder={t('noteBodyPlaceholder')}
        onInput={(e) => change({ ...draft, body: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <label class="visually-hidden" for={`${id}-tags`}>
        {t('noteTagsLabel')}
      </label>
      <TagInput id={`${id}-tags`} value={draft.tags} known={knownTags} onInput={(tags) => change({ ...draft, tags })} />
      <div class="form-actions">
        <button type="submit" disabled={saving || !draft.body.trim()}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" class="link" onClick={onCancel}>
            {t('noteCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
