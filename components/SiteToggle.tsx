import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { sendToRuntime } from '../lib/messages';
import { t } from '../lib/i18n';

/** Asks for the site's host permission; the browser refusing to ask (it throws) is a no as well. */
const requestSite = (origin: string): Promise<boolean> => browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);

/** "Always annotate on this site": asks for the site's host permission, then the background registers the content script. */
export function SiteToggle({ origin }: { origin: string }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const host = new URL(origin).host;

  useEffect(() => {
    void sendToRuntime('sourcelight/site-preference', { origin }).then((r) => setEnabled(r.ok ? r.value.alwaysAnnotate : false));
  }, [origin]);

  const toggle = async (): Promise<void> => {
    const next = !enabled;
    // The request must come first, straight from the click: browsers only prompt during a user gesture.
    if (next && !(await requestSite(origin))) return setProblem(t('siteRefused', host));
    const result = await sendToRuntime('sourcelight/set-site-preference', { origin, alwaysAnnotate: next });
    setProblem(result.ok ? null : result.error);
    if (result.ok) setEnabled(result.value.alwaysAnnotate);
  };

  if (enabled === null) return null;
  return (
    <footer class="site">
      <button type="button" class="site-toggle" aria-pressed={enabled} onClick={() => void toggle()}>
        {t(enabled ? 'siteStop' : 'siteAlways', host)}
      </button>
      {problem && <p class="site-problem">{problem}</p>}
    </footer>
  );
}
