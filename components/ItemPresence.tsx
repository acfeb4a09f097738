import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ItemKind, LostReason } from '../lib/messages';
import { t } from '../lib/i18n';

// What the lists say about an item the page changed or removed after it was marked, and the
// answer to a click on one, shown under that item, where the reader is looking. A context, so the
// rows read it however deeply the lists nest them.

/** A click on an item that did not bring it into view, and why. */
export interface ItemProblem {
  kind: ItemKind;
  index: number;
  message: string;
}

export const ItemProblemContext = createContext<ItemProblem | null>(null);

export function LostLabel({ lost }: { lost: LostReason | undefined }) {
  return lost ? <span class="item-lost">{t(lost === 'changed' ? 'listChanged' : 'listGone')}</span> : null;
}

/** The answer to the last click, under the item clicked. */
export function ItemProblemNote({ kind, index }: { kind: ItemKind; index: number }) {
  const problem = useContext(ItemProblemContext);
  return problem?.kind === kind && problem.index === index ? (
    <p class="item-problem" role="status">
      {problem.message}
    </p>
  ) : null;
}
