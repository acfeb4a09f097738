// Tags typed as a comma-separated line, completed from the tags used before (a native datalist,
// so the browser's own keyboard handling applies). Completion applies to the tag being typed.

export const parseTags = (line: string): string[] => line.split(',').map((t) => t.trim()).filter(Boolean);

interface TagInputProps {
  id: string;
  value: string;
  known: string[];
  onInput: (value: string) => void;
}

export function TagInput({ id, value, known, onInput }: TagInputProps) {
  // Offer each known tag as the completion of the last, unfinished one.
  const done = value.includes(',') ? value.slice(0, value.lastIndexOf(',') + 1) + ' ' : '';
  const used = new Set(parseTags(done).map((t) => t.toLowerCase()));
  return (
    <>
      <input id={id} class="tags" list={`${id}-known`} value={value} placeholder="tags, comma separated" autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
      <datalist id={`${id}-known`}>
        {known.filter((t) => !used.has(t.toLowerCase())).map((t) => (
          <option key={t} value={`${done}${t}`} />
        ))}
      </datalist>
    </>
  );
}
