import { browser } from '#imports';
import english from '../public/_locales/en/messages.json';

// The extension's words, through browser.i18n: public/_locales/LANG/messages.json, English
// shipped. The English file is also the list of keys, and the fallback where there is no
// browser.i18n (unit tests).

export type MessageKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What browser.i18n does with a message: $NAME$ → its placeholder's content, $1… → the substitutions. */
function fill({ message, placeholders = {} }: Message, substitutions: string[]): string {
  const numbered = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const placeholder = placeholders[name.toLowerCase()];
    return placeholder ? numbered(placeholder.content) : whole;
  });
}

// Only tests lack browser.i18n: an extension build leaves the English file out of its bundles (the
// content script's budget), and the browser falls back to the default locale's words itself.
const fallback: Record<string, Message> | null = import.meta.env.MODE === 'test' ? english : null;

/** The reader's language as a BCP 47 tag ('en-US'), for Intl; English where there is no browser.i18n. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The string for `key` in the reader's language. */
export function t(key: MessageKey, substitutions: string | string[] = []): string {
  let localised = '';
  try {
    localised = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No i18n API here (a test): English below.
  }
  const inEnglish = fallback?.[key];
  return localised || (inEnglish ? fill(inEnglish, typeof substitutions === 'string' ? [substitutions] : substitutions) : key);
}
