import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  /** How it was chosen: a byte-order mark or `<meta charset>` in the page, or our default. */
  declared: boolean;
  /** Some bytes were not valid in that encoding and were replaced by U+FFFD. */
  replaced: boolean;
}

/**
 * Decodes a saved page the way a browser would: a BOM or the page's own `<meta charset>` (the
 * HTML standard's prescan, via html-encoding-sniffer) decides. A page that declares nothing is
 * read as UTF-8 — what saved pages are today — unless it is not valid UTF-8, in which case it
 * is read as windows-1252, the standard's fallback for English. Node's own TextDecoder reads
 * windows-1252 as Latin-1 (curly quotes become C1 controls), hence @exodus/bytes, the
 * sniffer's own companion.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' });
  // Sniffing again with another default tells a declaration from the fallback.
  const declared = sniffHtmlEncoding(bytes, { defaultEncoding: 'windows-1252' }) === sniffed;
  if (!declared && !decodes(bytes, 'UTF-8')) return decodeAs(bytes, 'windows-1252', false);
  return decodeAs(bytes, sniffed, declared);
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Uint8Array, encoding: string, declared: boolean): DecodedPage {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding: encoding.toLowerCase(), declared, replaced: !decodes(bytes, encoding) };
}
