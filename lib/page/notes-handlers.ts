import { fail, ok, sendToRuntime, type Handlers, type ItemRef, type Result } from '../messages';
import type { PageCollection } from '../store/collection';
import type { ItemRecord } from '../store/schema';
import { createNotePainter } from '../paint/note-highlights';
import { keptAt, keptItemOf, keptRefs, refKey } from './keep';
import { createNotesLayer, pickRange, type NotesLayer } from './notes-layer';
import { pageRefOf } from './page-ref';
import type { PageSession } from './session';
import { t } from '../i18n';

// What the content script answers about notes: the side panel asks through these; the page's
// records come from the background, which checks that this script asks for its own page only.

const notInPage = (): string => t('passageNotInPage');

/** The notes layer of `doc`, loading its records from the background. */
export function createPageNotes(doc: Document): NotesLayer {
  return createNotesLayer(doc, createNotePainter(doc), async (): Promise<PageCollection> => {
    const { url, meta } = pageRefOf(doc);
    const result = await sendToRuntime('sourcelight/notes/page', { url, canonicalUrl: meta.canonicalUrl ?? null });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
}

/** Keeping the page's detected items: one path for the side panel's and popup's messages and the hover card. */
export interface PageKeeping {
  /** Keeps the detected item `ref` (described here, stored by the background); keeping it again returns the same record. */
  keep(ref: ItemRef): Promise<Result<ItemRecord>>;
  /** Undo of keep: deletes the kept item `id` of this page. */
  undo(id: string): Promise<Result<null>>;
  /** The id of the kept item for the detected item `ref`, if the reader kept it (the card asks on every pointer move: no index built). */
  keptOf(ref: ItemRef): string | undefined;
  /** keptOf over many items (a listing): one pass over the page's kept items. */
  keptLookup(): (ref: ItemRef) => string | undefined;
}

export function createPageKeeping(doc: Document, session: PageSession, layer: NotesLayer): PageKeeping {
  const keptLookup = (): ((ref: ItemRef) => string | undefined) => {
    const annotation = session.annotation();
    const kept = annotation ? keptRefs(layer.kept(), annotation, session.rangeOf) : new Map<string, string>();
    return (ref) => kept.get(refKey(ref));
  };
  return {
    async keep(ref) {
      const annotation = session.annotation();
      const item = annotation && keptItemOf(doc, annotation, ref, session.rangeOf(ref));
      if (!item) return fail(notInPage());
      return sendToRuntime('sourcelight/notes/keep', { page: pageRefOf(doc, annotation.article), item });
    },
    undo(id) {
      const { url, meta } = pageRefOf(doc);
      return sendToRuntime('sourcelight/notes/delete', { kind: 'items', id, page: { url, canonicalUrl: meta.canonicalUrl ?? null } });
    },
    keptOf(ref) {
      const annotation = session.annotation();
      const item = annotation && (ref.kind === 'quote' ? annotation.quotes : annotation.claims)[ref.index];
      return item ? keptAt(layer.kept(), ref.kind, item.text, session.rangeOf(ref)) : undefined;
    },
    keptLookup,
  };
}

export function notesPageHandlers(doc: Document, session: PageSession, layer: NotesLayer, keeping: PageKeeping): Handlers {
  const pageRef = () => pageRefOf(doc, session.annotation()?.article ?? null);
  const pickDetected = (ref: ItemRef) => {
    const range = session.rangeOf(ref);
    return range && pickRange(doc, range);
  };
  return {
    'sourcelight/notes/here': async () => {
      const { collection, painted } = await layer.refresh();
      return ok({ page: pageRef(), collection, painted });
    },
    'sourcelight/notes/scroll-to': ({ id }) => (layer.scrollTo(id) ? ok(true) : fail(notInPage())),
    'sourcelight/notes/selection': () => {
      const selection = doc.getSelection();
      return ok(selection && selection.rangeCount > 0 ? pickRange(doc, selection.getRangeAt(0)) : null);
    },
    'sourcelight/notes/pick-detected': (ref) => {
      const picked = pickDetected(ref);
      return picked ? ok(picked) : fail(notInPage());
    },
    'sourcelight/notes/keep-detected': (ref) => keeping.keep(ref),
    'sourcelight/notes/changed': ({ articleId }) => {
      const shown = layer.painted().articleId;
      if (shown === null || shown === articleId) void layer.refresh().catch(() => undefined);
      return ok(null);
    },
  };
}
