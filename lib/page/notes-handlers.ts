import { fail, ok, sendToRuntime, type Handlers, type ItemRef } from '../messages';
import type { PageCollection } from '../store/collection';
import { createNotePainter } from '../paint/note-highlights';
import { keptItemOf } from './keep';
import { createNotesLayer, pickRange, type NotesLayer } from './notes-layer';
import { pageRefOf } from './page-ref';
import type { PageSession } from './session';

// What the content script answers about notes: the side panel asks through these; the page's
// records come from the background, which checks that this script asks for its own page only.

export const NOT_IN_PAGE = 'That passage is not in the page any more.';

/** The notes layer of `doc`, loading its records from the background. */
export function createPageNotes(doc: Document): NotesLayer {
  return createNotesLayer(doc, createNotePainter(doc), async (): Promise<PageCollection> => {
    const { url, meta } = pageRefOf(doc);
    const result = await sendToRuntime('sourcelight/notes/page', { url, canonicalUrl: meta.canonicalUrl ?? null });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
}

export function notesPageHandlers(doc: Document, session: PageSession, layer: NotesLayer): Handlers {
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
    'sourcelight/notes/scroll-to': ({ id }) => (layer.scrollTo(id) ? ok(true) : fail(NOT_IN_PAGE)),
    'sourcelight/notes/selection': () => {
      const selection = doc.getSelection();
      return ok(selection && selection.rangeCount > 0 ? pickRange(doc, selection.getRangeAt(0)) : null);
    },
    'sourcelight/notes/pick-detected': (ref) => {
      const picked = pickDetected(ref);
      return picked ? ok(picked) : fail(NOT_IN_PAGE);
    },
    'sourcelight/notes/keep-detected': async (ref) => {
      const annotation = session.annotation();
      const item = annotation && keptItemOf(doc, annotation, ref, session.rangeOf(ref));
      if (!item) return fail(NOT_IN_PAGE);
      return sendToRuntime('sourcelight/notes/keep', { page: pageRef(), item });
    },
    'sourcelight/notes/changed': ({ articleId }) => {
      const shown = layer.painted().articleId;
      if (shown === null || shown === articleId) void layer.refresh().catch(() => undefined);
      return ok(null);
    },
  };
}
