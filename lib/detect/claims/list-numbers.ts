// Numbered lists whose items are far apart: a listicle's `1. Heading … 2. Heading …`, each number
// run into the sentence before it by extraction (`…for the better.1. Don't …`). Their numbers
// number items, they count nothing (docs/annotation-guide.md, "Ordinals and ranks"). The token rule in
// reference-numbers.ts sees only a few tokens either way; this one reads the whole text once.

// A number of up to three digits with `.` or `)` after it and a capital or a digit after that
// (`4. 5G networks`), opening a line or standing right after the end of a sentence, a colon, a
// closing quotation mark or bracket, but not after a decimal point (`rose 1.2. Then`); or after a
// sentence that ends in a four-digit year (`…in 2017.2. Merger mania`), which the claim tokenizer
// reads as one decimal. A match is tried only at a digit, and its lookbehinds read back over spaces
// or four digits, so the scan stays linear.
const ITEM_START = String.raw`(?=[ \t]+["\u201c\u2018']?[A-Z\d])`;
const LIST_NUMBER = new RegExp(
  String.raw`(?=\d)(?<=(?:^|[\n.!?:;"\u201d\u2019)\]])[ \t]*)(?<!\d[.,])(\d{1,3})[.)]${ITEM_START}|(?=\d)(?<=(?:^|[^\d.,])\d{4}\.)(\d{1,3})[.)]${ITEM_START}`,
  'gm',
);

/**
 * The end offsets of the list numbers in `text`: numbers in the list-number position (above) that
 * have a neighbour in sequence — the number one less earlier in the text, or one more later — so a
 * lone `5. The` after a sentence stays a figure.
 */
export function listNumberEnds(text: string): ReadonlySet<number> {
  const found: { value: number; end: number }[] = [];
  for (const match of text.matchAll(LIST_NUMBER)) {
    const digits = match[1] ?? match[2] ?? '';
    const end = match.index + digits.length;
    found.push({ value: Number(digits), end });
  }
  const ends = new Set<number>();
  const seenBefore = new Set<number>();
  for (const item of found) {
    if (seenBefore.has(item.value - 1)) ends.add(item.end);
    seenBefore.add(item.value);
  }
  const seenAfter = new Set<number>();
  for (let i = found.length - 1; i >= 0; i--) {
    const item = found[i]!;
    if (seenAfter.has(item.value + 1)) ends.add(item.end);
    seenAfter.add(item.value);
  }
  return ends;
}
