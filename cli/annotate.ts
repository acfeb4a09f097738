import { annotateHtml } from '../lib/annotate-html';
import { parseAnnotateArgs, type AnnotateArgs } from '../lib/cli/args';
import { decodePage } from '../lib/cli/decode-page';
import { formatAnnotationText } from '../lib/cli/format-text';
import { formatLedger, formatOutlet } from '../lib/cli/format-sources';
import { isBatch, listInputs } from '../lib/cli/inputs';
import { DEFAULT_MAX_BYTES, formatBytes, readPageFile } from '../lib/cli/read-page';
import { withSources } from '../lib/cli/with-sources';

const USAGE = `Usage: npx sourcelight FILE.html|DIR... [--url URL] [--format json|text] [--full] [--max-bytes N]
   (or: npm run -s annotate -- …)

Marks the attributed quotes and numeric claims of saved article pages, and says who publishes
each (outlet) and whom it quotes, cites and links (sources).

  FILE.html       one page: prints one JSON object (docs/annotation-guide.md section 3)
  DIR, several    every .html file, in order: one JSON object per line (JSON Lines)
  --url URL       the page's http(s) address: links resolve against it; canonical URL fallback
  --format text   a readable summary: quotes with speaker and cue, claims with value and source
  --full          with --format text, also the article text, quotes ⟦…⟧ and claims ⟨…⟩
  --max-bytes N   refuse files larger than N bytes (K, M, G suffixes; default ${formatBytes(DEFAULT_MAX_BYTES)})
  --help          this text

Offsets (start, end) count UTF-16 code units, as JavaScript strings do.
The page's own charset (BOM, <meta charset>) is honoured; undeclared pages are read as UTF-8.

A file that cannot be annotated gets one line on stderr; the others still are, and the exit code is 1.`;

const fail = (where: string, reason: string): void => {
  console.error(`sourcelight: ${where}: ${reason}`);
  process.exitCode = 1;
};

const warn = (where: string, message: string): void => console.error(`sourcelight: ${where}: warning: ${message}`);

function run(args: AnnotateArgs): void {
  const inputs = listInputs(args.paths);
  const batch = isBatch(args.paths, inputs);
  for (const input of inputs) {
    if ('error' in input) {
      fail(input.path, input.error);
      continue;
    }
    const read = readPageFile(input.file, args.maxBytes);
    if (!read.ok) {
      fail(input.file, read.reason);
      continue;
    }
    const page = decodePage(read.bytes);
    const result = annotateHtml(page.text, { url: args.url ?? undefined });
    if (!result.ok) {
      fail(input.file, result.reason);
      continue;
    }
    if (result.annotation.skipped) warn(input.file, result.annotation.skipped);
    if (page.replaced) warn(input.file, `bytes that are not valid ${page.encoding} were replaced with U+FFFD (�)`);
    const sourced = withSources(result.annotation, args.url ?? null);
    if (args.format === 'text') {
      const text = [formatAnnotationText(result.annotation, { full: args.full }), ...formatOutlet(sourced.outlet), ...formatLedger(sourced.sources)].join('\n');
      console.log((batch ? `== ${input.file}\n` : '') + text + (batch ? '\n' : ''));
    } else console.log(batch ? JSON.stringify({ file: input.file, ...sourced }) : JSON.stringify(sourced, null, 2));
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  const parsed = parseAnnotateArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`sourcelight: ${parsed.message}`);
    process.exitCode = 2;
  } else if (parsed.args.help) console.log(USAGE);
  else run(parsed.args);
} catch (error) {
  console.error(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
