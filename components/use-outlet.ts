import { useEffect, useState } from 'preact/hooks';
import type { OutletLookup, PageAddress } from '../lib/outlets/lookup';
import type { OutletReply, OutletRequest } from '../lib/outlets/worker-protocol';

export type OutletState = { phase: 'looking' } | { phase: 'found'; lookup: OutletLookup } | { phase: 'failed'; message: string };

const FAILED = 'Sourcelight could not read its outlet data.';

let nextId = 1;

/** Looks the page's outlet up in a worker, started only when a popup shows the card. */
export function useOutlet(address: PageAddress | null): OutletState {
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
    const request: OutletRequest = { id: nextId++, address: { canonicalUrl, pageUrl } };
    // Marks for the browser test's figures: how long the card waits for the worker.
    const mark = `sourcelight-outlet-${request.id}`;
    performance.mark(mark);
    worker.onmessage = (event: MessageEvent<OutletReply>) => {
      const reply = event.data;
      if (reply.id !== request.id) return;
      performance.measure('sourcelight-outlet-lookup', mark);
      setState(reply.ok ? { phase: 'found', lookup: reply.value } : { phase: 'failed', message: FAILED });
      worker.terminate();
    };
    worker.onerror = () => {
      setState({ phase: 'failed', message: FAILED });
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [canonicalUrl, pageUrl, address === null]);
  return state;
}
