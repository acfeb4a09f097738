import type { ArticleGroup } from '../library/by-article';
import { contextOf, isoTime, itemOfNote, passageOf } from '../library/library';
import { outletName } from '../library/outlet';
import type { LibraryItem } from '../library/corrected';
import type { KeptClaim, KeptQuote, NoteRecord } from '../store/schema';
import { valueLabel } from '../view/format';
import { textFragmentUrl } from './text-fragment';
import { frontMatter } from './yaml';

// One Obsidian note per article: properties in YAML front matter, kept quotes and figures as
// blockquotes with block ids (so other notes can embed `![[Article#^id]]`), the reader's notes
// beneath, each passage linked back with a text fragment.

/**
 * Backslash-escapes what Markdown or Obsidian would read as syntax in plain text: emphasis, links,
 * HTML, `#tags`, `==highlights==`, `%%comments%%`, `$math$`, entities, and a list or heading start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~=$%^]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Obsidian tags: no `#`, no spaces; letters, digits, `_`, `-` and `/` only. */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '');
}

/** Obsidian block ids take letters, digits and dashes only. */
export const blockId = (id: string): string => id.replace(/[^A-Za-z0-9-]/g, '-');

/** The date part of an ISO date-time, the form Obsidian's date properties read. */
const day = (iso: string | null): string | null => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso);
const dayOf = (ms: number): string => isoTime(ms).slice(0, 10);

type Kept<K> = LibraryItem & K;

const blockquote = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line.trim())}`))
    .join('\n');

/** The reader's correction, after the attribution it corrects. */
function correctionNote(item: LibraryItem): string {
  switch (item.correction?.kind) {
    case 'wrong-speaker':
      return ` — speaker corrected by the reader (detected: ${item.correction.detectedSpeaker ? escapeMarkdown(item.correction.detectedSpeaker) : 'none'})`;
    case 'not-quote':
      return ' — *not a quote*, by the reader’s correction';
    case 'not-figure':
      return ' — *not a figure*, by the reader’s correction';
    case 'in-corrected-quote':
      return ` — source follows the reader’s correction of its quote (detected: ${item.correction.detectedSpeaker ? escapeMarkdown(item.correction.detectedSpeaker) : 'none'})`;
    default:
      return '';
  }
}

function quoteAttribution(item: Kept<KeptQuote>): string {
  const speaker = item.speaker ? `**${escapeMarkdown(item.speaker)}**` : 'unknown speaker';
  return `${speaker}${item.cue ? ` (${escapeMarkdown(item.cue)})` : ''}, ${item.quoteKind} quote${correctionNote(item)}`;
}

function claimAttribution(item: Kept<KeptClaim>): string {
  const parts = [`**${escapeMarkdown(valueLabel(item.value))}**`];
  if (item.unit) parts.push(escapeMarkdown(item.unit));
  if (item.qualifier) parts.push(`(${escapeMarkdown(item.qualifier)})`);
  return `${parts.join(' ')}, source: ${item.speaker ? escapeMarkdown(item.speaker) : 'the article itself'}${correctionNote(item)}`;
}

function itemBlock(item: LibraryItem, url: string): string {
  const attribution = item.kind === 'quote' ? quoteAttribution(item) : claimAttribution(item);
  const passage = passageOf(item.target);
  const link = passage ? ` · [in the article](${textFragmentUrl(url, passage[0])})` : '';
  // A bare figure reads in the words around it.
  const text = (item.kind === 'claim' && contextOf(item.target)) || item.text;
  return `${blockquote(text)}\n> — ${attribution}${link}\n\n^${blockId(item.id)}`;
}

function noteBlock(note: NoteRecord, url: string, items: readonly LibraryItem[]): string {
  const lines = [`### Note, ${dayOf(note.created)}`];
  const item = itemOfNote(note, items);
  const passage = passageOf(note.target);
  if (item) lines.push(`On [[#^${blockId(item.id)}|the ${item.kind} above]].`);
  else if (passage) lines.push(blockquote(passage[0].exact), `> — [in the article](${textFragmentUrl(url, passage[0])})`);
  lines.push('', note.body.trim());
  const tags = note.tags.map(obsidianTag).filter(Boolean);
  if (tags.length > 0) lines.push('', tags.map((tag) => `#${tag}`).join(' '));
  return lines.join('\n');
}

/** The Markdown file of one article. */
export function articleMarkdown({ article, items, notes }: ArticleGroup): string {
  const url = article.canonicalUrl ?? article.url;
  const tags = [...new Set(notes.flatMap((note) => note.tags.map(obsidianTag)).filter(Boolean))];
  const title = article.title?.trim() || url;
  const sections = [
    frontMatter([
      ['title', title],
      ['url', url],
      ['outlet', outletName(article)],
      ['author', article.byline],
      ['published', day(article.publishedTime)],
      ['accessed', dayOf(article.firstSeen)],
      ['tags', tags],
    ]),
    `# ${escapeMarkdown(title)}`,
  ];
  const quotes = items.filter((item) => item.kind === 'quote');
  const claims = items.filter((item) => item.kind === 'claim');
  if (quotes.length > 0) sections.push('## Quotes', ...quotes.map((item) => itemBlock(item, url)));
  if (claims.length > 0) sections.push('## Figures', ...claims.map((item) => itemBlock(item, url)));
  if (notes.length > 0) sections.push('## Notes', ...notes.map((note) => noteBlock(note, url, items)));
  return `${sections.join('\n\n')}\n`;
}
