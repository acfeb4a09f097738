import { render } from 'preact';
import { browser } from '#imports';
import { Popup } from '../../components/Popup';
import { siteOrigin } from '../../lib/background/scriptable';
import { t } from '../../lib/i18n';
import '../../components/palette.css';
import './style.css';

/**
 * The tab to annotate: the active one, or `?tab=ID` when the popup page is opened as a tab of
 * its own (how the browser tests drive it; the toolbar popup never has the parameter).
 */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? null : { id: active.id, url: active.url };
}

const app = document.getElementById('app');
void targetTab().then((tab) => {
  if (!app) return;
  if (!tab) {
    app.textContent = t('popupNoTab');
    return;
  }
  render(<Popup tabId={tab.id} origin={siteOrigin(tab.url)} pageUrl={tab.url ?? null} />, app);
});
