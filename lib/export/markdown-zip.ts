import { Zip, ZipDeflate } from 'fflate';
import { groupByArticle } from '../library/by-article';
import type { ExportJob, Piece } from './job';
import { uniqueFileNames } from './file-name';
import { articleMarkdown } from './markdown';
import type { Library } from '../library/library';

// The Obsidian export: a zip of one Markdown file per article, written with fflate's streaming
// Zip (synchronous, so no worker: an extension page's CSP forbids the blob workers its async API uses).

const encoder = new TextEncoder();

export function markdownZipJob(library: Library, fileName = 'sourcelight-obsidian.zip'): ExportJob {
  const groups = groupByArticle(library);
  return {
    fileName,
    mimeType: 'application/zip',
    total: groups.length,
    *pieces(): Iterable<Piece> {
      const names = uniqueFileNames(
        groups.map(({ article }) => article.title?.trim() || article.url),
        'md',
      );
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const zip = new Zip((error, chunk) => {
        if (error) throw error;
        chunks.push(chunk as Uint8Array<ArrayBuffer>);
      });
      for (const [index, group] of groups.entries()) {
        const file = new ZipDeflate(names[index]!, { level: 6 });
        zip.add(file);
        file.push(encoder.encode(articleMarkdown(group)), true);
        yield* chunks.splice(0);
      }
      zip.end();
      yield* chunks.splice(0);
    },
  };
}
