import type { OutletLookup, PageAddress } from './lookup';

// The popup ↔ outlet-lookup worker messages. Failures come back as values, as across every other context.

export interface OutletRequest {
  id: number;
  address: PageAddress;
}

export type OutletReply = { id: number; ok: true; value: OutletLookup } | { id: number; ok: false; error: string };
