import { browser, type Browser } from '#imports';
import type { Detection } from './detect/detect';
import type { MarkCommand } from './page/mark-keys';
import type { ArticleLink, ArticleMeta, Claim, Quote, TextRange } from './model';
import type { ImportCounts } from './store/backup';
import type { BackupHead, BackupPart, RecordList } from './library/import-parts';
import type { Kind, NewItem, NewNote, NoteChange, PageCollection, PageRef } from './store/collection';
import type { CorrectionKind, CorrectionRecord, ItemRecord, NoteRecord, Target } from './store/schema';
import type { NewCorrection } from './store/corrections';
import type { GoldFile } from './corrections/gold';
import type { Snippet } from './view/snippet';
import { t } from './i18n';

// Every message between the extension's contexts, declared once. A handler's failure travels back
// as `{ok: false, error}`: nothing is thrown across a context boundary.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * 'cleared': the reader removed the highlights; the page stays unmarked until they ask again.
 * 'page-changed': the page moved to another article by itself (history.pushState), and its old
 * marks were removed.
 */
export type PageState = 'idle' | 'working' | 'annotated' | 'not-article' | 'error' | 'cancelled' | 'cleared' | 'page-changed';

/** Milliseconds spent in each stage of the in-page pipeline. */
export interface StageTimings {
  extract: number;
  detect: number;
  anchor: number;
  paint: number;
}

export type PipelineStage = keyof StageTimings;

/** Where a run in progress is: its stage, and for a stage of many items how many are done. */
export interface Progress {
  stage: PipelineStage;
  done: number;
  total: number;
}

export interface PageStatus {
  state: PageState;
  quotes: number;
  claims: number;
  /** Quotes and claims found in the live page and painted. */
  anchored: number;
  /** Quotes and claims once painted that the page has since changed or removed. */
  lost?: number;
  timings: StageTimings;
  /** Why the state is 'not-article' or 'error'. */
  message?: string;
  /** What was left out of a page over Sourcelight's budgets (lib/page/budget.ts), in words for the reader. */
  notice?: string;
  /** While 'working'. */
  progress?: Progress;
}

/** Detection and the milliseconds it took where it ran. */
export type DetectResponse = Detection & { ms: number };

/** The reader's correction of a listed item: what it was, and (a wrong speaker) who the detector named. */
export interface ItemCorrection {
  id: string;
  kind: CorrectionKind;
  /** For 'wrong-speaker': the speaker the detector gave (the item's speaker is the reader's). */
  detectedSpeaker?: string | null;
}

/**
 * Where an item is in the live page: painted; never found; being looked for again after the page
 * changed its text; found nearly but not exactly (its words changed); no longer there.
 */
export type ItemPresence = 'painted' | 'not-found' | 'checking' | 'changed' | 'gone';
/** Why an item once painted is not any more. */
export type LostReason = 'changed' | 'gone';

/**
 * `lost`: the item was painted, and the page has since changed or removed its words. `kept`: the
 * id of the reader's kept item for it (a listing says so; lib/page/keep.ts).
 */
export type QuoteItem = Quote & { text: string; anchored: boolean; lost?: LostReason; correction?: ItemCorrection; kept?: string };
/** A claim with the words around it in its paragraph, so a bare figure reads in context. */
export type ClaimItem = Claim & { text: string; anchored: boolean; lost?: LostReason; context: Snippet; correction?: ItemCorrection; kept?: string };

/** What the popup lists: the article and every item with its text. */
export interface PageAnnotation {
  article: ArticleMeta;
  quotes: QuoteItem[];
  claims: ClaimItem[];
  /** The article's text and links, for the popup's source ledger. */
  text?: string;
  links?: ArticleLink[];
  /**
   * How many quotes and claims the page has: the lists above hold one page of them (LIST_PAGE of
   * each from the window asked for), so no answer grows with the article.
   */
  totals?: { quotes: number; claims: number };
}

/** Which page of items to list: quotes and claims from index `from`, LIST_PAGE of each at most. */
export interface ListWindow {
  from: number;
}

/** Which kinds of mark the page shows (the popup's toggles). */
export interface MarkVisibility {
  quote: boolean;
  speaker: boolean;
  claim: boolean;
}

export type ItemKind = 'quote' | 'claim';

/** After a mark command: whether it acted, the current mark, whether the marks are shown. */
export interface MarkPosition {
  acted: boolean;
  current: ItemRef | null;
  shown: boolean;
}

export interface ItemRef {
  kind: ItemKind;
  index: number;
}

export interface AnnotateOptions {
  force?: boolean;
  /** The reader asked (a button, the keyboard): annotate even after they removed the highlights. */
  again?: boolean;
}

export interface SitePreference {
  origin: string;
  alwaysAnnotate: boolean;
}

/** Where a page is: its address and the canonical URL it names, which together file its notes. */
export interface PageLocation {
  url: string;
  canonicalUrl: string | null;
}

/** A passage the reader picked (a selection, or a detected quote or claim) and its words. */
export interface PickedPassage {
  target: Target;
  text: string;
}

/** Which of the page's notes and kept items were found in it and painted; the others are orphaned. */
export interface PaintedRecords {
  articleId: string | null;
  painted: string[];
}

/** A tab's notes as its content script sees them: the page, its records, which are painted. */
export interface NotesHere {
  page: PageRef;
  collection: PageCollection;
  painted: PaintedRecords;
}

/**
 * What the hover card shows, and the words of its control that has the keyboard focus (null when
 * none has). Test builds only: the overlay's shadow root is closed to the page and its driver.
 */
export type CardProbe = { text: string; box: { x: number; y: number; width: number; height: number }; position: string; focused: string | null } | null;

export interface Messages {
  /**
   * background → tab: run the pipeline (once; later calls return the same outcome). `force`
   * reads a page that doesn't look like an article anyway, when the user asks for it.
   */
  'sourcelight/annotate': { request: AnnotateOptions; response: PageStatus };
  /** any → tab */
  'sourcelight/status': { request: null; response: PageStatus };
  /** popup → tab: one page of the items (null: the first); null before the page is annotated. */
  'sourcelight/annotation': { request: ListWindow | null; response: PageAnnotation | null };
  /** popup → tab: show or hide kinds of mark (null asks which are shown). */
  'sourcelight/marks': { request: MarkVisibility | null; response: MarkVisibility };
  /** popup → tab: remove every highlight; only an 'sourcelight/annotate' with `again` paints them again. */
  'sourcelight/clear': { request: null; response: null };
  /** popup → tab: stop the run in progress; its status becomes 'cancelled', nothing more is painted. */
  'sourcelight/cancel': { request: null; response: PageStatus };
  /** tab → background: detect quotes and claims in an article's text, where detection stays warm. */
  /** `blockQuotes`: the article's block quotations in `text` (Article.blockQuotes), none when absent. */
  'sourcelight/detect': { request: { text: string; blockQuotes?: TextRange[] }; response: DetectResponse };
  /** popup → tab: bring an item into view and flash it. */
  'sourcelight/scroll-to': { request: ItemRef; response: boolean };
  /**
   * background → tab: one of the reader's mark commands (a manifest command the reader bound to
   * a key; the page's own keys go straight to the content script). What it did, and where it is.
   */
  'sourcelight/mark-command': { request: { command: MarkCommand }; response: MarkPosition };
  /** popup → background: inject the content script into the tab and annotate. */
  'sourcelight/annotate-tab': { request: { tabId: number } & AnnotateOptions; response: PageStatus };
  /**
   * tab → background: the page moved to another address without loading (history.pushState,
   * popstate); is its site one the reader asked to be always annotated?
   */
  'sourcelight/page-moved': { request: null; response: { alwaysAnnotate: boolean } };
  /**
   * tab → background: inject the page's UI (the hover card, the legend, the selection's note) into
   * the content script's world, the first time the page needs it; answers once it has run.
   */
  'sourcelight/page-ui': { request: null; response: null };
  /** tab → background: the pipeline finished (keeps the badge right whichever path started it). */
  'sourcelight/page-status': { request: PageStatus; response: null };
  /** popup → background */
  'sourcelight/site-preference': { request: { origin: string }; response: SitePreference };
  /** popup → background, after the popup obtained the host permission. */
  'sourcelight/set-site-preference': { request: SitePreference; response: SitePreference };

  // The reader's notes and kept items, kept by the background (lib/background/notes.ts). Writes
  // come from extension pages, or from a tab's content script for that tab's own page.
  /** extension page or the page's content script → background */
  'sourcelight/notes/page': { request: PageLocation; response: PageCollection };
  'sourcelight/notes/add': { request: { page: PageRef; note: NewNote }; response: NoteRecord };
  'sourcelight/notes/keep': { request: { page: PageRef; item: NewItem }; response: ItemRecord };
  /**
   * extension page → background; a page's content script may delete a kept item of its own page
   * (Undo of a Keep in the hover card), naming the page.
   */
  'sourcelight/notes/delete': { request: { kind: Kind; id: string; page?: PageLocation }; response: null };
  /** extension page → background */
  'sourcelight/notes/edit': { request: { id: string; change: NoteChange }; response: NoteRecord };
  /** extension page → background: undo a delete. */
  'sourcelight/notes/restore': { request: { kind: Kind; id: string }; response: NoteRecord | ItemRecord };
  /** extension page or a page's content script (the in-page note's tag completion) → background */
  'sourcelight/notes/tags': { request: null; response: string[] };
  /**
   * extension page (the library) → background: merge a backup, the newer copy of a record winning.
   * Sent in parts (lib/library/import-parts.ts): its head, its records a part at a time, then finish.
   */
  'sourcelight/notes/import-start': { request: { head: BackupHead; lists: RecordList[] }; response: string };
  'sourcelight/notes/import-part': { request: { importId: string; part: BackupPart }; response: null };
  'sourcelight/notes/import-finish': { request: { importId: string }; response: ImportCounts };
  /** side panel → tab: the page's notes, found again in the page and painted. */
  'sourcelight/notes/here': { request: null; response: NotesHere };
  /** side panel → tab: bring a note or kept item into view and flash it. */
  'sourcelight/notes/scroll-to': { request: { id: string }; response: boolean };
  /** side panel → tab: the reader's selection in the page, described; null when nothing is selected. */
  'sourcelight/notes/selection': { request: null; response: PickedPassage | null };
  /** side panel → tab: a detected quote or claim as a passage to write a note on. */
  'sourcelight/notes/pick-detected': { request: ItemRef; response: PickedPassage };
  /** side panel → tab: keep a detected quote or claim (the tab describes it, the background stores it). */
  'sourcelight/notes/keep-detected': { request: ItemRef; response: ItemRecord };
  // The reader's corrections of detected items (lib/background/corrections.ts), per page.
  /** extension page or the page's content script → background */
  'sourcelight/corrections/page': { request: PageLocation; response: CorrectionRecord[] };
  'sourcelight/corrections/add': { request: { page: PageLocation; correction: NewCorrection }; response: CorrectionRecord };
  'sourcelight/corrections/remove': { request: { page: PageLocation; id: string }; response: null };
  /** popup → tab: correct a listed item (kept by the background, applied to the page at once). */
  'sourcelight/correct': { request: { ref: ItemRef; kind: CorrectionKind; speaker?: string | null }; response: null };
  /** popup → tab: undo the correction of a listed item. */
  'sourcelight/uncorrect': { request: ItemRef; response: null };
  /** popup → tab: the page's annotation with its corrections, as a gold file (docs/annotation-guide.md section 4). */
  'sourcelight/corrections/gold': { request: null; response: GoldFile };
  /** background → extension pages: a correction was made or undone; the library (which shows kept items as corrected) reads the store again. */
  'sourcelight/corrections/changed': { request: null; response: null };
  /** background → extension pages and tabs: an article's notes or items changed; whoever shows it refreshes. */
  'sourcelight/notes/changed': { request: { articleId: string }; response: null };
  /** test → tab, test builds only: the hover card as the reader sees it. */
  'sourcelight/test/card': { request: null; response: CardProbe };
  /** Test builds only: the first-run legend's text on the page, or null. */
  'sourcelight/test/legend': { request: null; response: string | null };
}

export type MessageType = keyof Messages;
export type RequestOf<K extends MessageType> = Messages[K]['request'];
export type ResponseOf<K extends MessageType> = Messages[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  request: RequestOf<K>;
}

export type Handlers = {
  [K in MessageType]?: (request: RequestOf<K>, sender: Browser.runtime.MessageSender) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
};

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: string): Result<T> => ({ ok: false, error });

export const envelope = <K extends MessageType>(type: K, request: RequestOf<K>): Envelope<K> => ({ type, request });

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isEnvelope = (message: unknown): message is Envelope =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' && (message as { type: string }).type.startsWith('sourcelight/');

/** A missing receiver or a reply that is not a Result becomes an error result. */
function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') return reply as Result<T>;
  return fail(t('pageNoAnswer'));
}

/** Said instead of the browser's own text ("The message port closed before a response was received."). */
export const backgroundStopped = (): string => t('backgroundStopped');

/**
 * To the background. Handlers answer with a Result, so a throw here is always the transport
 * failing — the service worker (or Firefox's event page) stopped or restarted while we waited.
 */
export async function sendToRuntime<K extends MessageType>(type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    return asResult(await browser.runtime.sendMessage(envelope(type, request)));
  } catch {
    return fail(backgroundStopped());
  }
}

export async function sendToTab<K extends MessageType>(tabId: number, type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, envelope(type, request)));
  } catch (error) {
    return fail(describe(error));
  }
}

/**
 * Answers the message types in `handlers` and leaves every other message to other listeners.
 * Uses `sendResponse` + `return true`, the form every browser (and WXT's fake browser) supports.
 * Returns the function that removes the listener.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    if (!isEnvelope(message)) return false;
    const handler = handlers[message.type] as ((request: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message.request, sender))
      .then(
        (result) => sendResponse(result),
        (error: unknown) => sendResponse(fail(describe(error))),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Calls `listener` with each message of `type` that reaches this context, and leaves the answer
 * to the context it is for: an extension page following what a tab tells the background.
 */
export function overhearMessages<K extends MessageType>(type: K, listener: (request: RequestOf<K>, sender: Browser.runtime.MessageSender) => void): () => void {
  const hear = (message: unknown, sender: Browser.runtime.MessageSender): false => {
    if (isEnvelope(message) && message.type === type) listener(message.request as RequestOf<K>, sender);
    return false;
  };
  browser.runtime.onMessage.addListener(hear);
  return () => browser.runtime.onMessage.removeListener(hear);
}
