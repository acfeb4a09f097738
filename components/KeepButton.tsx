import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Result } from '../lib/messages';

// "Keep" on a detected quote or figure, and "Kept ✓ · Undo" once kept: the same control in the
// hover card, the popup's lists and the side panel. Whoever shows it says how to keep and undo
// (all of them reach the background's one keep path); the control only follows the answer.

export interface KeepActions {
  /** Keeps the item; the kept record's id. Keeping an item kept already answers its record. */
  keep(): Promise<Result<{ id: string }>>;
  /** Deletes the kept item `id` again. */
  undo(id: string): Promise<Result<null>>;
}

export function KeepButton({ kept, actions }: { kept: string | undefined; actions: KeepActions }) {
  const [id, setId] = useState(kept);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // What the page says now (another place kept or undid it) replaces what was known here.
  useEffect(() => setId(kept), [kept]);
  const act = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const result = id ? await actions.undo(id) : await actions.keep();
    setBusy(false);
    setProblem(result.ok ? null : result.error);
    if (result.ok) setId(result.value?.id);
  };
  return (
    <span class={id ? 'keep is-kept' : 'keep'}>
      {id && <span class="kept-label">{t('keptItem')}</span>}
      {/* Not `disabled` while busy: a disabled button drops the keyboard focus, and Enter again could not undo. */}
      <button type="button" class={id ? 'link' : 'keep-button'} aria-disabled={busy} onClick={() => void act()}>
        {t(id ? 'keepUndo' : 'keepItem')}
      </button>
      {problem && (
        <span class="problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
