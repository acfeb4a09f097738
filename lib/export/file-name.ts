// File names that every common file system and Obsidian accept
// (https://learn.microsoft.com/windows/win32/fileio/naming-a-file, HFS+/APFS, ext4).

/** Windows refuses these as a name's stem, whatever the extension (`CON.md`, `com1.txt`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Forbidden on Windows (`<>:"/\|?*`, controls); `#^[]|` break Obsidian's links. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f#^[\]]/g;
/** Most file systems allow 255 bytes per name; the rest is headroom for a suffix and a path. */
const MAX_STEM_BYTES = 120;

const encoder = new TextEncoder();

/** Cuts to at most `maxBytes` of UTF-8, never inside a character (surrogate pairs stay whole). */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += encoder.encode(char).length;
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

/** A safe file-name stem (no extension) for `title`, or `fallback` when nothing of it remains. */
export function safeStem(title: string, fallback = 'Untitled'): string {
  let stem = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  stem = cutToBytes(stem, MAX_STEM_BYTES)
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  if (stem === '') return fallback;
  return RESERVED.test((stem.split('.')[0] ?? '').trim()) ? `_${stem}` : stem;
}

/**
 * Gives each title a distinct `stem.ext`. Names are compared case-insensitively, as on Windows
 * and macOS, where `Vote.md` and `vote.md` are one file.
 */
export function uniqueFileNames(titles: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const stem = safeStem(title);
    let name = `${stem}.${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
