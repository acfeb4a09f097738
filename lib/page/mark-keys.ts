// The reader's keys for the marks, on the page itself. They must never take a key from the page:
// each is Alt+Shift with one key (no page shortcut of ours is a bare key), and it is ignored
// while the reader types (a field, an editable element), mid-composition, or when the page has
// already handled the key (defaultPrevented; we listen last, on the window, in the bubble phase).
// The same actions are commands in the manifest, without a key, for the reader to bind in the
// browser's shortcut settings.

export const MARK_COMMANDS = ['next-mark', 'previous-mark', 'open-mark', 'toggle-marks'] as const;
export type MarkCommand = (typeof MARK_COMMANDS)[number];

export const isMarkCommand = (command: string): command is MarkCommand => (MARK_COMMANDS as readonly string[]).includes(command);

/** By KeyboardEvent.code: the physical key, since Alt (Option on a Mac) changes the character typed. */
const KEY_CODES: Record<string, MarkCommand> = {
  Period: 'next-mark',
  Comma: 'previous-mark',
  Enter: 'open-mark',
  NumpadEnter: 'open-mark',
  KeyH: 'toggle-marks',
};

/** How each key is written for the reader (README, the popup's legend). */
export const MARK_KEY_LABELS: Record<MarkCommand, string> = {
  'next-mark': 'Alt+Shift+.',
  'previous-mark': 'Alt+Shift+,',
  'open-mark': 'Alt+Shift+Enter',
  'toggle-marks': 'Alt+Shift+H',
};

/** Whether `target` is where the reader types (a field, an editable element): no key of ours is taken there. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** The command `event` asks for, or null when the key is not ours to take. */
export function markCommandOf(event: KeyboardEvent): MarkCommand | null {
  if (event.defaultPrevented || event.isComposing || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const command = KEY_CODES[event.code];
  if (!command || isTyping(event.composedPath()[0] ?? event.target)) return null;
  return command;
}

/** Runs `run` for each of our keys; the key is kept from the page only when `run` acted on it. */
export function listenForMarkKeys(win: Window, run: (command: MarkCommand) => boolean): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const command = markCommandOf(event);
    if (command && run(command)) event.preventDefault();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
