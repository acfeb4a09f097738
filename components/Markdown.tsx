import { micromark } from 'micromark';

// A note's body as Markdown. micromark escapes any HTML in the source and drops javascript: and
// other unsafe link protocols by default, so the HTML it returns is safe to insert.

export function Markdown({ source }: { source: string }) {
  return <div class="markdown" dangerouslySetInnerHTML={{ __html: micromark(source) }} />;
}
