/**
 * One line saying why Chromium could not open a window, instead of Playwright's many-line log.
 * The common case: `DISPLAY` is set (an SSH session with X forwarding gone, a container) but no X
 * server answers it.
 */
export function launchFailureReason(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Missing X server|cannot open display|Unable to open X display/i.test(message)) {
    return `no X server answers at DISPLAY=${env.DISPLAY ?? ''}`;
  }
  const line = message.split('\n').find((l) => l.trim() && !/^[=\s]*logs?[=\s]*$/i.test(l)) ?? 'unknown error';
  return line.replace(/^browserType\.launchPersistentContext:\s*/, '').trim();
}
