import { useState } from 'preact/hooks';
import { sendToTab } from '../lib/messages';
import { t } from '../lib/i18n';

/** "Export as gold JSON": the page's annotation with the reader's corrections, a labelled file for the evaluation. */
export function GoldExport({ tabId }: { tabId: number }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (): Promise<void> => {
    const gold = await sendToTab(tabId, 'sourcelight/corrections/gold', null);
    if (!gold.ok) return setProblem(gold.error);
    setProblem(null);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(gold.value, null, 2)}\n`], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${gold.value.id}.gold.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <p class="gold-export">
      <button type="button" class="link" onClick={() => void download()}>
        {t('goldExport')}
      </button>{' '}
      <span class="gold-hint">{t('goldHint')}</span>
      {problem && <span class="problem"> {problem}</span>}
    </p>
  );
}
