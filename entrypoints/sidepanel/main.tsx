import { render } from 'preact';
import { browser } from '#imports';
import { SidePanel } from '../../components/SidePanel';
import { t } from '../../lib/i18n';
import '../../components/palette.css';
import './style.css';

// The panel follows the active tab of its window: switching tabs or loading a new page in the
// tab shows that page's notes. `?tab=ID` pins it to one tab (how the browser tests open it).

const app = document.getElementById('app');
// index.html says it in English until this script runs.
document.title = t('sidePanelTitle');
const pinned = Number(new URLSearchParams(location.search).get('tab'));

function show(tabId: number | undefined): void {
  if (!app) return;
  if (tabId === undefined) {
    app.textContent = t('sidePanelNoTab');
    return;
  }
  // A new key per page load remounts the panel, so nothing of the previous page lingers.
  render(<SidePanel key={`${tabId}:${Date.now()}`} tabId={tabId} />, app);
}

if (Number.isInteger(pinned) && pinned > 0) {
  show(pinned);
} else {
  let current: number | undefined;
  const follow = (tabId: number | undefined): void => {
    current = tabId;
    show(tabId);
  };
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => follow(tab?.id));
  browser.tabs.onActivated.addListener(({ tabId }) => follow(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === current && change.status === 'complete') follow(tabId);
  });
}
