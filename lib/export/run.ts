import type { ExportJob, Piece } from './job';

export interface RunOptions {
  /** 0…1, called between slices. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Work this long before giving the page a turn (a frame is 16 ms). */
  sliceMs?: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs an export in time slices, yielding to the event loop between them; returns the file. */
export async function runExport(job: ExportJob, { onProgress, signal, sliceMs = 10 }: RunOptions = {}): Promise<Blob> {
  const parts: Piece[] = [];
  let done = 0;
  let sliceStart = performance.now();
  onProgress?.(0);
  for (const piece of job.pieces()) {
    parts.push(piece);
    done++;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(Math.min(done / Math.max(job.total, 1), 1));
      await nextTurn();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  onProgress?.(1);
  return new Blob(parts, { type: job.mimeType });
}
