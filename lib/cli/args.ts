// Command-line arguments of `npm run annotate`, parsed without a library: four options do not need one.

export type OutputFormat = 'json' | 'text';

export interface AnnotateArgs {
  paths: string[];
  url: string | null;
  format: OutputFormat;
  /** Text format: also print the article text with the marks in it. */
  full: boolean;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: AnnotateArgs } | { ok: false; message: string };

const FORMATS: readonly OutputFormat[] = ['json', 'text'];

export function parseAnnotateArgs(argv: readonly string[]): ParsedArgs {
  const args: AnnotateArgs = { paths: [], url: null, format: 'json', full: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
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
        args.url = url;
        break;
      }
      case '--format': {
        const format = value();
        if (!FORMATS.includes(format as OutputFormat)) return { ok: false, message: `--format must be ${FORMATS.join(' or ')}` };
        args.format = format as OutputFormat;
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
