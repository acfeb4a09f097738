import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { handleMessages, ok, sendToRuntime, sendToTab, type ItemRef, type NotesHere, type PickedPassage } from '../lib/messages';
import type { Kind } from '../lib/store/collection';
import { clearDraft, loadDraft, saveDraft, takePick, watchPicks, type Draft } from '../lib/store/drafts';
import { articleKey } from '../lib/store/urls';
import type { Target } from '../lib/store/schema';
import { openLibrary } from '../lib/background/library-page';
import { ExportButton } from './ExportButton';
import { NoteForm } from './NoteForm';
import { OutletSection } from './OutletCard';
import { KeepContext, KeepItem, keepingIn } from './KeepItem';
import { ItemCard, NoteCard } from './RecordCards';
import { usePageAnnotation } from './use-page-annotation';
import { t } from '../lib/i18n';

// The side panel: the reader's workplace beside the article. This page's notes and kept items
// (orphaned ones listed apart, never dropped), a note on the selection or the whole page, and
// the page's detected quotes and figures with "Keep" and "Note".

const position = (target: Target): number => (target.kind === 'passage' ? target.selectors[1].start : -1);
const byPosition = <T extends { target: Target; created: number }>(a: T, b: T): number => position(a.target) - position(b.target) || a.created - b.created;

interface Undo {
  kind: Kind;
  id: string;
}

export function SidePanel({ tabId }: { tabId: number }) {
  const { state, refresh } = usePageAnnotation(tabId);
  const keepActions = useMemo(() => keepingIn(tabId), [tabId]);
  const [here, setHere] = useState<NotesHere | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [picked, setPicked] = useState<PickedPassage | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  // The unsaved new note, restored from storage.local when the panel opens again.
  const [draft, setDraft] = useState<{ key: string; loaded: Draft | null } | null>(null);

  const reload = useCallback(async () => {
    const [notes, known] = await Promise.all([sendToTab(tabId, 'sourcelight/notes/here', null), sendToRuntime('sourcelight/notes/tags', null)]);
    if (notes.ok) setHere(notes.value);
    else setProblem(notes.error);
    if (known.ok) setTags(known.value);
    // The tab has found the kept items again (notes/here): the list of its quotes says which are kept.
    await refresh();
  }, [tabId, refresh]);

  useEffect(() => {
    if (state.phase !== 'working') void reload();
  }, [state.phase, reload]);
  // A kept item the reader corrects is listed as corrected.
  useEffect(() => handleMessages({ 'sourcelight/notes/changed': () => (void reload(), ok(null)), 'sourcelight/corrections/changed': () => (void reload(), ok(null)) }), [reload]);

  // A selection sent from the context menu or Alt+Shift+N, now or while the panel is open.
  useEffect(() => {
    const take = (): void => void takePick(tabId).then((offered) => offered && setPicked(offered));
    take();
    return watchPicks(tabId, take);
  }, [tabId]);

  const pageKey = here ? articleKey(here.page.url, here.page.meta.canonicalUrl) : null;
  useEffect(() => {
    if (!pageKey) return;
    void loadDraft(pageKey).then((loaded) => {
      setDraft({ key: pageKey, loaded });
      if (loaded) setTyped({ body: loaded.body, tags: loaded.tags });
      if (loaded?.picked) setPicked((current) => current ?? loaded.picked);
    });
  }, [pageKey]);
  const keepDraft = (next: Omit<Draft, 'picked'>, target = picked): void => {
    if (pageKey) void saveDraft(pageKey, { ...next, picked: target });
  };
  const [typed, setTyped] = useState<Omit<Draft, 'picked'>>({ body: '', tags: '' });
  const choose = (next: PickedPassage | null): void => {
    setPicked(next);
    keepDraft(typed, next);
  };

  /** Shows a failed write's message; true when the write went through. */
  const done = async (result: Promise<{ ok: boolean; error?: string }>): Promise<boolean> => {
    const settled = await result;
    setProblem(settled.ok ? null : (settled.error ?? null));
    if (settled.ok) await reload();
    return settled.ok;
  };

  const add = async (body: string, noteTags: string[]): Promise<boolean> => {
    if (!here) return false;
    const saved = await done(sendToRuntime('sourcelight/notes/add', { page: here.page, note: { body, tags: noteTags, target: picked?.target ?? { kind: 'page' } } }));
    if (saved) {
      setPicked(null);
      setTyped({ body: '', tags: '' });
      if (pageKey) void clearDraft(pageKey);
    }
    return saved;
  };
  const remove = (kind: Kind, id: string): void => {
    void done(sendToRuntime('sourcelight/notes/delete', { kind, id })).then((deleted) => deleted && setUndo({ kind, id }));
  };
  const restore = (): void => {
    if (undo) void done(sendToRuntime('sourcelight/notes/restore', { kind: undo.kind, id: undo.id })).then(() => setUndo(null));
  };
  const show = (id: string): void => {
    void sendToTab(tabId, 'sourcelight/notes/scroll-to', { id }).then((r) => setProblem(r.ok ? null : r.error));
  };
  const pickSelection = (): void => {
    void sendToTab(tabId, 'sourcelight/notes/selection', null).then((r) => {
      if (!r.ok) return setProblem(r.error);
      setProblem(r.value ? null : t('panelSelectFirst'));
      if (r.value) choose(r.value);
    });
  };
  const noteOn = (ref: ItemRef): void => {
    void sendToTab(tabId, 'sourcelight/notes/pick-detected', ref).then((r) => (r.ok ? choose(r.value) : setProblem(r.error)));
  };

  const painted = new Set(here?.painted.painted ?? []);
  const notes = [...(here?.collection.notes ?? [])].sort(byPosition);
  const items = [...(here?.collection.items ?? [])].sort(byPosition);
  const isOrphan = (record: { id: string; target: Target }): boolean => record.target.kind === 'passage' && !painted.has(record.id);
  const annotation = state.phase === 'ready' ? state.annotation : null;

  return (
    <KeepContext.Provider value={keepActions}>
      <main class="panel">
        <header>
          <span class="brand">Sourcelight</span>
          <h1>{here?.collection.article?.title ?? here?.page.meta.title ?? t('panelThisPage')}</h1>
        </header>
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
        {undo && (
          <p class="undo" role="status">
            {t(undo.kind === 'notes' ? 'panelDeletedNote' : 'panelDeletedItem')}{' '}
            <button type="button" class="link" onClick={restore}>
              {t('panelUndo')}
            </button>
          </p>
        )}
        {state.phase === 'failed' && !here && <p class="problem">{state.message}</p>}
        {annotation && <OutletSection annotation={annotation} pageUrl={here?.page.url ?? null} />}

        {here && (
          <section aria-labelledby="new-note">
            <h2 id="new-note">{t('panelNewNote')}</h2>
            <p class="note-target">
              {picked ? <q>{picked.text}</q> : t('panelOnWholePage')}{' '}
              <button type="button" class="link" onClick={pickSelection}>
                {t('panelUseSelection')}
              </button>
              {picked && (
                <button type="button" class="link" onClick={() => choose(null)}>
                  {t('panelWholePageInstead')}
                </button>
              )}
            </p>
            {draft && draft.key === pageKey && (
              <NoteForm
                key={draft.key}
                id="new"
                initial={{ body: draft.loaded?.body ?? '', tags: draft.loaded?.tags ?? '' }}
                knownTags={tags}
                saveLabel={t('panelAddNote')}
                onSave={add}
                onDraft={(next) => {
                  setTyped(next);
                  keepDraft(next);
                }}
              />
            )}
          </section>
        )}

        {here && (
          <section aria-labelledby="notes-here">
            <h2 id="notes-here">{t('panelNotesHere', `${notes.length}`)}</h2>
            {notes.length === 0 ? (
              <p class="empty">{t('panelNoNotes')}</p>
            ) : (
              <ul class="records">
                {notes.map((note) => (
                  <NoteCard
                    key={note.id}
                    note={note}
                    orphaned={isOrphan(note)}
                    knownTags={tags}
                    onShow={() => show(note.id)}
                    onEdit={(body, noteTags) => done(sendToRuntime('sourcelight/notes/edit', { id: note.id, change: { body, tags: noteTags } }))}
                    onDelete={() => remove('notes', note.id)}
                  />
                ))}
              </ul>
            )}
            <h2>{t('panelKeptHere', `${items.length}`)}</h2>
            {items.length === 0 ? (
              <p class="empty">{t('panelNothingKept')}</p>
            ) : (
              <ul class="records">
                {items.map((item) => (
                  <ItemCard key={item.id} item={item} orphaned={isOrphan(item)} onShow={() => show(item.id)} onDelete={() => remove('items', item.id)} />
                ))}
              </ul>
            )}
          </section>
        )}

        {annotation && (
          <section aria-labelledby="detected">
            <h2 id="detected">{t('panelDetected')}</h2>
            <ul class="detected">
              {annotation.quotes.map((quote, index) =>
                quote.anchored ? (
                  <li key={`q${index}`}>
                    <span class="who">{quote.speaker?.name ?? t('panelUnattributed')}</span> <span class="said">{quote.text}</span>
                    <span class="detected-actions">
                      <KeepItem refTo={{ kind: 'quote', index }} kept={quote.kept} />
                      <button type="button" class="link" onClick={() => noteOn({ kind: 'quote', index })}>
                        {t('panelNote')}
                      </button>
                    </span>
                  </li>
                ) : null,
              )}
              {annotation.claims.map((claim, index) =>
                claim.anchored ? (
                  <li key={`c${index}`}>
                    <span class="who">{claim.text}</span> <span class="said">{claim.source ?? t('panelTheArticle')}</span>
                    <span class="detected-actions">
                      <KeepItem refTo={{ kind: 'claim', index }} kept={claim.kept} />
                      <button type="button" class="link" onClick={() => noteOn({ kind: 'claim', index })}>
                        {t('panelNote')}
                      </button>
                    </span>
                  </li>
                ) : null,
              )}
            </ul>
          </section>
        )}
        <ExportButton />
        <p class="export">
          <button type="button" class="link" onClick={() => void openLibrary()}>
            {t('panelOpenLibrary')}
          </button>
        </p>
      </main>
    </KeepContext.Provider>
  );
}
