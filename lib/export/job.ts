// An export is a file made of many pieces, produced one record at a time, so a page can write a
// 100k-row export in slices and show progress instead of freezing (lib/export/run.ts).

export type Piece = string | Uint8Array<ArrayBuffer>;

export interface ExportJob {
  fileName: string;
  mimeType: string;
  /** How many records `pieces` goes through; it yields about one piece per record. */
  total: number;
  pieces(): Iterable<Piece>;
}

/** The whole export at once, for tests and small selections. */
export async function exportText(job: ExportJob): Promise<string> {
  // Blob.text() would drop a byte-order mark; the CSV's is part of what is tested.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob([...job.pieces()]).arrayBuffer());
}
