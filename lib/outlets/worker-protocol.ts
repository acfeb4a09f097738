import type { LedgerInput } from '../ledger/ledger';
import type { SourceLedger } from '../ledger/types';
import type { OutletLookup, PageAddress } from './lookup';

// The popup ↔ outlet-lookup worker messages. Failures come back as values, as across every other context.

export interface OutletRequest {
  id: number;
  address: PageAddress;
  /** The article, when the popup has it: the worker builds its source ledger with the same tables. */
  article: LedgerInput | null;
}

export interface OutletAnswer {
  outlet: OutletLookup;
  sources: SourceLedger | null;
}

export type OutletReply = { id: number; ok: true; value: OutletAnswer } | { id: number; ok: false; error: string };
