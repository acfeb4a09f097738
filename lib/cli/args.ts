import { DEFAULT_MAX_BYTES } from './read-page';

// Command-line arguments of `npm run annotate`, parsed without a library: five options do not need one.

export type OutputFormat = 'json' | 'text';

export interface AnnotateArgs {
  paths: string[];
  url: string | null;
  format: OutputFormat;
  /** Text format: also print the article text with the marks in it. */
  full: boolean;
  help: boolean;
  /** Files larger than this are refused rather than read. */
  maxBytes: number;
}

export type ParsedArgs = { ok: true; args: AnnotateArgs } | { ok: false; message: string };

const FORMATS: readonly OutputFormat[] = ['json', 'text'];

export function parseAnnotateArgs(argv: readonly string[]): ParsedArgs {
  const args: AnnotateArgs = { paths: [], url: null, format: 'json', full: false, help: false, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    // An option never takes the next option as its value (`--url --format text`).
    const value = (): string | undefined => inline ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
    switch (name) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--full':
        args.full = true;
        break;
      case '--url': {
        const url = value();
        if (!url) return { ok: false, message: '--url needs a value' };
        if (!isHttpUrl(url)) return { ok: false, message: `--url must be an http(s) address, not ${JSON.stringify(url.slice(0, 80))}` };
        args.url = url;
        break;
      }
      case '--format': {
        const format = value();
        if (!FORMATS.includes(format as OutputFormat)) return { ok: false, message: `--format must be ${FORMATS.join(' or ')}` };
        args.format = format as OutputFormat;
        break;
      }
      case '--max-bytes': {
        const bytes = parseByteCount(value() ?? '');
        if (bytes === null) return { ok: false, message: '--max-bytes needs a size: bytes, or with K or M (e.g. 64M)' };
        args.maxBytes = bytes;
        break;
      }
      default:
        if (name.startsWith('-') && name !== '-') return { ok: false, message: `unknown option ${name}` };
        args.paths.push(arg);
    }
  }
  if (!args.help && !args.paths.length) return { ok: false, message: 'no file given (try --help)' };
  return { ok: true, args };
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 };

/** `1000`, `64K`, `32M`, `1G` (binary units, as `ls -h` prints them); null when not a positive size. */
export function parseByteCount(text: string): number | null {
  const match = /^(\d+)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!match) return null;
  const bytes = Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}
