import { t } from '../lib/i18n';

// Tags typed as a comma-separated line, completed from the tags used before (a native datalist,
// so the browser's own keyboard handling applies). Completion applies to the tag being typed.

export const parseTags = (line: string): string[] =>
  line
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

interface TagInputProps {
  id: string;
  value: string;
  known: string[];
  onInput: (value: string) => void;
}

export function TagInput({ id, value, known, onInput }: TagInputProps) {
  // Offer each known tag as the completion of the last, unfinished one.
  const done = value.includes(',') ? value.slice(0, value.lastIndexOf(',') + 1) + ' ' : '';
  const used = new Set(parseTags(done).map((tag) => tag.toLowerCase()));
  return (
    <>
      <input id={id} class="tags" list={`${id}-known`} value={value} placeholder={t('noteTagsPlaceholder')} autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
      <datalist id={`${id}-known`}>
        {known
          .filter((tag) => !used.has(tag.toLowerCase()))
          .map((tag) => (
            <option key={tag} value={`${done}${tag}`} />
          ))}
      </datalist>
    </>
  );
}
