import { outletIndex } from '../../lib/outlets/load-tables';
import { lookupOutlet } from '../../lib/outlets/lookup';
import type { OutletRequest, OutletReply } from '../../lib/outlets/worker-protocol';

// The outlet tables (~290 KB gzipped) load and index here, off the popup's main thread, and only
// when the popup asks: the popup opens and paints as fast as without them.

self.onmessage = (event: MessageEvent<OutletRequest>) => {
  const { id, address } = event.data;
  let reply: OutletReply;
  try {
    reply = { id, ok: true, value: lookupOutlet(address, outletIndex()) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
