import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/i18n';

// A message that carries words from the page ("(was $NAME$)"): the translation decides where
// they go, and each stays in its own <bdi>, so a right-to-left name cannot reorder the message.

const SLOT = (i: number): string => `\uE000${i}\uE000`;

/** Message `key` with `pageText[i]` in place of its i-th substitution, each in a <bdi>. */
export function withPageText(key: MessageKey, pageText: string[]): ComponentChildren {
  const parts = t(key, pageText.map((_, i) => SLOT(i))).split(/\uE000(\d+)\uE000/);
  // split() with a capture group: even entries are the message's words, odd ones slot numbers.
  return parts.map((part, i) => (i % 2 === 0 ? part : <bdi key={i}>{pageText[Number(part)]}</bdi>));
}
