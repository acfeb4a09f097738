import { browser } from '#imports';
import english from '../public/_locales/en/messages.json';

// The extension's words, through browser.i18n: public/_locales/LANG/messages.json, English
// shipped. The English file is also the list of keys, and the fallback where there is no
// browser.i18n (unit tests).

export type MessageKey = keyof typeof english;

/** The string for `key` in the reader's language. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  let localised = '';
  try {
    localised = browser.i18n.getMessage(key, substitutions);
  } catch {
    // No i18n API here (a test): English below.
  }
  return localised || english[key].message;
}
