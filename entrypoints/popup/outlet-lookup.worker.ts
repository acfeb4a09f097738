import { buildLedger } from '../../lib/ledger/ledger';
import { outletIndex } from '../../lib/outlets/load-tables';
import { lookupOutlet } from '../../lib/outlets/lookup';
import type { OutletRequest, OutletReply } from '../../lib/outlets/worker-protocol';

// The outlet tables (~290 KB gzipped) load and index here — and the source ledger, which resolves
// names and links with them, is built here — off the popup's main thread, and only
// when the popup asks: the popup opens and paints as fast as without them.

self.onmessage = (event: MessageEvent<OutletRequest>) => {
  const { id, address, article } = event.data;
  let reply: OutletReply;
  try {
    const index = outletIndex();
    reply = { id, ok: true, value: { outlet: lookupOutlet(address, index), sources: article && buildLedger(article, index) } };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
