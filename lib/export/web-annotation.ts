import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import { valueLabel } from '../view/format';
import type { ExportJob, Piece } from './job';
import { isoTime, passageOf, type Library } from '../library/library';
import type { LibraryItem } from '../library/corrected';
import type { ArticleRecord, NoteRecord, PassageSelectors } from '../store/schema';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: an
// AnnotationCollection whose page holds one Annotation per note and per kept item, targeting the
// article with a TextQuoteSelector and a TextPositionSelector. Positions count characters of the
// article's extracted text, the same text the quote selector was cut from.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose?: 'commenting' | 'tagging' | 'describing';
}

export interface SpecificResource {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified?: string;
  body?: TextualBody[];
  target: SpecificResource | string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's id as an IRI: `urn:uuid:` for the store's UUIDs. */
export const annotationIri = (id: string): string => (UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:sourcelight:${encodeURIComponent(id)}`);

const articleUrl = (article: ArticleRecord): string => article.canonicalUrl ?? article.url;

const specificResource = (source: string, [quote, position]: PassageSelectors): SpecificResource => ({
  source,
  selector: [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    { type: 'TextPositionSelector', start: position.start, end: position.end },
  ],
});

/** The reader's correction, after the description it corrects. */
function correctionText({ correction }: LibraryItem): string {
  if (!correction) return '';
  const detected = correction.detectedSpeaker ?? 'none';
  if (correction.kind === 'wrong-speaker') return `; speaker corrected by the reader (detected: ${detected})`;
  if (correction.kind === 'in-corrected-quote') return `; source follows the reader’s correction of its quote (detected: ${detected})`;
  return `; not a ${correction.kind === 'not-quote' ? 'quote' : 'figure'}, by the reader’s correction`;
}

function itemDescription(item: LibraryItem): string {
  if (item.kind === 'quote')
    return `${item.quoteKind === 'direct' ? 'Quote' : 'Reported speech'} by ${item.speaker ?? 'an unknown speaker'}${item.cue ? ` (${item.cue})` : ''}${correctionText(item)}`;
  const figure = [valueLabel(item.value), item.unit, item.qualifier ? `(${item.qualifier})` : null].filter(Boolean).join(' ');
  return `Figure ${figure}, source: ${item.speaker ?? 'the article itself'}${correctionText(item)}`;
}

export function itemAnnotation(item: LibraryItem, article: ArticleRecord): WebAnnotation {
  const passage = passageOf(item.target);
  return {
    id: annotationIri(item.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: isoTime(item.created),
    modified: isoTime(item.updated),
    body: [{ type: 'TextualBody', value: itemDescription(item), format: 'text/plain', purpose: 'describing' }],
    target: passage ? specificResource(articleUrl(article), passage) : articleUrl(article),
  };
}

export function noteAnnotation(note: NoteRecord, article: ArticleRecord): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.body.trim()) body.push({ type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const passage = passageOf(note.target);
  const annotation: WebAnnotation = {
    id: annotationIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: isoTime(note.created),
    modified: isoTime(note.updated),
    target: passage ? specificResource(articleUrl(article), passage) : articleUrl(article),
  };
  if (body.length > 0) annotation.body = body;
  return annotation;
}

export function webAnnotationJob(library: Library, collectionId: string, fileName = 'sourcelight-annotations.jsonld'): ExportJob {
  const articles = new Map(library.articles.map((article) => [article.id, article]));
  const kept = library.items.filter((item) => articles.has(item.articleId));
  const notes = library.notes.filter((note) => articles.has(note.articleId));
  const total = kept.length + notes.length;
  return {
    fileName,
    mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    total,
    *pieces(): Iterable<Piece> {
      const head = { '@context': ANNO_CONTEXT, id: collectionId, type: 'AnnotationCollection', label: 'Sourcelight library', total };
      const page = { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0 };
      yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
      let first = true;
      const write = (annotation: WebAnnotation): string => {
        const text = `${first ? '' : ','}\n${JSON.stringify(annotation)}`;
        first = false;
        return text;
      };
      for (const item of kept) yield write(itemAnnotation(item, articles.get(item.articleId)!));
      for (const note of notes) yield write(noteAnnotation(note, articles.get(note.articleId)!));
      yield '\n]}}\n';
    },
  };
}
