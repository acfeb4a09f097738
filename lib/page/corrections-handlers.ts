import { describeCorrection } from '../corrections/corrections';
import { goldFile } from '../corrections/gold';
import { fail, ok, sendToRuntime, type Handlers, type ItemRef, type PageLocation, type Result } from '../messages';
import type { CorrectionKind } from '../store/schema';
import type { CorrectionRecord } from '../store/schema';
import { canonicalUrlOf } from './page-ref';
import type { PageSession } from './session';
import { t } from '../i18n';

// What the content script answers about the reader's corrections: the popup asks it to correct
// an item (it knows the item's words and place), the background keeps the correction, and the
// page is listed and painted again with it.

const notAnnotated = (): string => t('pageNotAnnotated');

const locationOf = (doc: Document): PageLocation => ({ url: doc.URL, canonicalUrl: canonicalUrlOf(doc) });

/** The page's corrections from the background; none when the store cannot answer. */
export function correctionsLoader(doc: Document): () => Promise<CorrectionRecord[]> {
  return async () => {
    const stored = await sendToRuntime('sourcelight/corrections/page', locationOf(doc));
    return stored.ok ? stored.value : [];
  };
}

/** Corrects item `ref` of the page (the popup's choice, or the hover card's): kept by the background, then applied. */
export async function correctItem(doc: Document, session: PageSession, ref: ItemRef, kind: CorrectionKind, speaker: string | null = null): Promise<Result<null>> {
  const corrected = session.corrected();
  if (!corrected) return fail(notAnnotated());
  const correction = describeCorrection(corrected.painted.annotation, ref.kind, ref.index, kind, speaker);
  if (typeof correction === 'string') return fail(correction);
  const kept = await sendToRuntime('sourcelight/corrections/add', { page: locationOf(doc), correction });
  if (!kept.ok) return kept;
  session.setCorrections(await correctionsLoader(doc)());
  return ok(null);
}

export function correctionsPageHandlers(doc: Document, session: PageSession): Handlers {
  const load = correctionsLoader(doc);
  const refresh = async (): Promise<void> => session.setCorrections(await load());
  return {
    'sourcelight/correct': ({ ref, kind, speaker = null }) => correctItem(doc, session, ref, kind, speaker),
    'sourcelight/uncorrect': async (ref) => {
      const listed = session.annotation();
      const id = (ref.kind === 'quote' ? listed?.quotes : listed?.claims)?.[ref.index]?.correction?.id;
      if (!id) return fail(t('itemNotCorrected'));
      const removed = await sendToRuntime('sourcelight/corrections/remove', { page: locationOf(doc), id });
      if (!removed.ok) return removed;
      await refresh();
      return ok(null);
    },
    'sourcelight/corrections/gold': () => {
      const corrected = session.corrected();
      if (!corrected) return fail(notAnnotated());
      const { canonicalUrl } = locationOf(doc);
      return ok(goldFile(canonicalUrl ?? doc.URL, corrected.painted.annotation, corrected.matched));
    },
  };
}
