import { useState } from 'preact/hooks';
import type { SourceListEntry, SourceListRecord } from '../lib/store/schema';
import { useOwnOutlet } from './use-own-outlet';
import { t } from '../lib/i18n';

// The reader's own layer on the outlet card: a profile they write (labels, notes) and what their
// imported source lists say about the outlet. Kept in the notes database, exported with it.

function ProfileForm({ labels, notes, onSave, onCancel }: { labels: string[]; notes: string; onSave: (labels: string[], notes: string) => void; onCancel: () => void }) {
  const [labelText, setLabelText] = useState(labels.join(', '));
  const [noteText, setNoteText] = useState(notes);
  return (
    <form
      class="own-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(labelText.split(','), noteText);
      }}
    >
      <input class="own-labels" aria-label={t('ownLabels')} placeholder={t('ownLabelsPlaceholder')} value={labelText} onInput={(e) => setLabelText(e.currentTarget.value)} />
      <textarea class="own-notes" aria-label={t('ownNotes')} placeholder={t('ownNotesPlaceholder')} rows={3} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} />
      <div class="own-actions">
        <button type="submit">{t('ownSaveProfile')}</button>
        <button type="button" class="link" onClick={onCancel}>
          {t('ownCancel')}
        </button>
      </div>
    </form>
  );
}

function ListEntry({ list, entry, onEdit, onRemove }: { list: SourceListRecord; entry: SourceListEntry; onEdit: (fields: Record<string, string>) => void; onRemove: () => void }) {
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState(entry.fields);
  return (
    <li class="own-list">
      <span class="own-list-name">{list.name}</span>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onEdit(fields);
            setEditing(false);
          }}
        >
          {list.columns.map((column) => (
            <label key={column} class="own-field">
              {column} <input value={fields[column] ?? ''} onInput={(e) => setFields({ ...fields, [column]: e.currentTarget.value })} />
            </label>
          ))}
          <button type="submit">{t('ownSave')}</button>
        </form>
      ) : (
        <p class="own-list-fields">
          {list.columns
            .filter((c) => entry.fields[c])
            .map((c) => `${c}: ${entry.fields[c]}`)
            .join(' · ') || t('ownListedOnly')}
        </p>
      )}
      <div class="own-actions">
        {!editing && (
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {t('ownEdit')}
          </button>
        )}
        <button type="button" class="link" onClick={onRemove}>
          {t('ownRemoveList')}
        </button>
      </div>
    </li>
  );
}

export function OwnOutlet({ domain }: { domain: string }) {
  const own = useOwnOutlet(domain);
  const [editing, setEditing] = useState(false);
  return (
    <div class="outlet-fact outlet-own">
      <h3 class="outlet-fact-title">{t('ownHeading')}</h3>
      {editing ? (
        <ProfileForm
          labels={own.profile?.labels ?? []}
          notes={own.profile?.notes ?? ''}
          onSave={(labels, notes) => void own.save({ labels, notes }).then((saved) => saved && setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : own.profile ? (
        <>
          <p class="own-profile-labels">
            {own.profile.labels.map((l) => (
              <span key={l} class="own-label">
                {l}
              </span>
            ))}
          </p>
          {own.profile.notes && <p class="own-profile-notes">{own.profile.notes}</p>}
          <div class="own-actions">
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t('ownEdit')}
            </button>
            <button type="button" class="link" onClick={() => void own.remove()}>
              {t('ownRemove')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="link own-write" onClick={() => setEditing(true)}>
          {t('ownWrite', domain)}
        </button>
      )}
      {own.matches.length > 0 && (
        <ul class="own-lists">
          {own.matches.map(({ list, entry }) => (
            <ListEntry key={list.id} list={list} entry={entry} onEdit={(fields) => void own.editEntry(list.id, fields)} onRemove={() => void own.removeList(list.id)} />
          ))}
        </ul>
      )}
      <label class="link own-import">
        {t('ownImport')}
        <input
          type="file"
          accept=".csv,text/csv"
          class="own-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void own.importList(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {own.problem && (
        <p class="problem" role="alert">
          {own.problem}
        </p>
      )}
    </div>
  );
}
