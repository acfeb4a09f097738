import { useEffect, useState } from 'preact/hooks';
import type { LedgerInput } from '../lib/ledger/ledger';
import type { SourceLedger } from '../lib/ledger/types';
import type { OutletLookup, PageAddress } from '../lib/outlets/lookup';
import type { OutletReply, OutletRequest } from '../lib/outlets/worker-protocol';

export type OutletState = { phase: 'looking' } | { phase: 'found'; lookup: OutletLookup; sources: SourceLedger | null } | { phase: 'failed'; message: string };

const FAILED = 'Sourcelight could not read its outlet data.';

let nextId = 1;

/** Looks the page's outlet up, and builds the article's ledger, in a worker started only when a popup shows the card. */
export function useOutlet(address: PageAddress | null, article: LedgerInput | null): OutletState {
  const [state, setState] = useState<OutletState>({ phase: 'looking' });
  const canonicalUrl = address?.canonicalUrl ?? null;
  const pageUrl = address?.pageUrl ?? null;
  useEffect(() => {
    if (!address) return;
    if (typeof Worker === 'undefined') {
      setState({ phase: 'failed', message: FAILED });
      return;
    }
    setState({ phase: 'looking' });
    const worker = new Worker(new URL('../entrypoints/popup/outlet-lookup.worker.ts', import.meta.url), { type: 'module' });
    const request: OutletRequest = { id: nextId++, address: { canonicalUrl, pageUrl }, article };
    // Marks for the browser test's figures: how long the card waits for the worker.
    const mark = `sourcelight-outlet-${request.id}`;
    performance.mark(mark);
    worker.onmessage = (event: MessageEvent<OutletReply>) => {
      const reply = event.data;
      if (reply.id !== request.id) return;
      performance.measure('sourcelight-outlet-lookup', mark);
      setState(reply.ok ? { phase: 'found', lookup: reply.value.outlet, sources: reply.value.sources } : { phase: 'failed', message: FAILED });
      worker.terminate();
    };
    worker.onerror = () => {
      setState({ phase: 'failed', message: FAILED });
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [canonicalUrl, pageUrl, address === null, article]);
  return state;
}
