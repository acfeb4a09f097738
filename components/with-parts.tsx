import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/i18n';

// A message with elements in it ("(was $NAME$)" with the name in a <bdi>, "Source: $TITLE$" with
// a link): the translation decides where each goes, the component what each is.

const SLOT = (i: number): string => `\uE000${i}\uE000`;

/** Message `key` with `parts[i]` in place of its i-th substitution. */
export function withParts(key: MessageKey, parts: ComponentChildren[]): ComponentChildren {
  const pieces = t(
    key,
    parts.map((_, i) => SLOT(i)),
  ).split(/\uE000(\d+)\uE000/);
  // split() with a capture group: even entries are the message's words, odd ones part numbers.
  return pieces.map((piece, i) => (i % 2 === 0 ? piece : parts[Number(piece)]));
}
