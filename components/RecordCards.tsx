import { useState } from 'preact/hooks';
import type { LibraryItem } from '../lib/library/corrected';
import type { NoteRecord, Target } from '../lib/store/schema';
import { correctionLabel } from './correction-label';
import { Markdown } from './Markdown';
import { NoteForm } from './NoteForm';
import { t } from '../lib/i18n';

// One note or kept item in the side panel: its passage (click: show it in the page), then the
// note's Markdown and tags, and what can be done with it. An orphaned record (its passage no
// longer in the page) says so and keeps its quoted text.

const passageText = (target: Target): string | null => (target.kind === 'passage' ? target.selectors[0].exact : null);

interface PassageProps {
  target: Target;
  orphaned: boolean;
  onShow: () => void;
}

function Passage({ target, orphaned, onShow }: PassageProps) {
  const text = passageText(target);
  if (text === null) return <p class="passage whole-page">{t('recordWholePage')}</p>;
  return (
    <>
      {orphaned ? (
        <blockquote class="passage orphaned">{text}</blockquote>
      ) : (
        <button type="button" class="passage" title={t('recordShow')} onClick={onShow}>
          {text}
        </button>
      )}
      {orphaned && <p class="orphan-label">{t('recordOrphaned')}</p>}
    </>
  );
}

interface NoteCardProps {
  note: NoteRecord;
  orphaned: boolean;
  knownTags: string[];
  onShow: () => void;
  onEdit: (body: string, tags: string[]) => Promise<boolean>;
  onDelete: () => void;
}

export function NoteCard({ note, orphaned, knownTags, onShow, onEdit, onDelete }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li class={`record note${orphaned ? ' is-orphaned' : ''}`} data-id={note.id}>
      <Passage target={note.target} orphaned={orphaned} onShow={onShow} />
      {editing ? (
        <NoteForm
          id={`edit-${note.id}`}
          initial={{ body: note.body, tags: note.tags.join(', ') }}
          knownTags={knownTags}
          saveLabel={t('recordSave')}
          onSave={async (body, tags) => {
            const saved = await onEdit(body, tags);
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <Markdown source={note.body} />
          {note.tags.length > 0 && (
            <ul class="tag-list" aria-label={t('recordTags')}>
              {note.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div class="record-actions">
            <button type="button" class="link" onClick={() => setEditing(true)}>
              {t('recordEdit')}
            </button>
            <button type="button" class="link" onClick={onDelete}>
              {t('recordDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

interface ItemCardProps {
  /** As the background lists it: with the reader's correction of it applied. */
  item: LibraryItem;
  orphaned: boolean;
  onShow: () => void;
  onDelete: () => void;
}

export function ItemCard({ item, orphaned, onShow, onDelete }: ItemCardProps) {
  const who = item.kind === 'quote' ? (item.speaker ?? t('recordSpeakerUnknown')) : t('recordSource', item.speaker ?? t('panelTheArticle'));
  return (
    <li class={`record kept${orphaned ? ' is-orphaned' : ''}`} data-id={item.id}>
      <Passage target={item.target} orphaned={orphaned} onShow={onShow} />
      <p class="kept-meta">
        {t(item.kind === 'quote' ? 'recordQuote' : 'recordFigure')} · {who}
        {item.correction && <span class="kept-correction"> · {correctionLabel(item.correction)}</span>}
      </p>
      <div class="record-actions">
        <button type="button" class="link" onClick={onDelete}>
          {t('recordRemove')}
        </button>
      </div>
    </li>
  );
}
