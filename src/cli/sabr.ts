/**
 * `npm run sabr -- <command>`: the trainer's and the tester's way into the core without a screen.
 * `check` validates scenario files, `play` plays one (interactively, by a list of choices or by a
 * bot), `analyze` explores every reachable state, `schema` prints the JSON Schema; `graph` draws a
 * scenario, `preview` opens the game on one,
 * `docs` regenerates the authoring guide's reference tables.
 * `main` takes its input and output as arguments so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { translator, type Translate } from '../core/i18n.ts';
import { languageSchema, traineeSchema, type Language, type Trainee } from '../core/schema.ts';
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import arCli from '../../locales/ar/cli.json' with { type: 'json' };
import { runCheck } from './check.ts';
import { runPlay } from './play.ts';
import { runAnalyze } from './analyze.ts';
import { runSchema } from './schemaCommand.ts';
import { runGraph } from './graph.ts';
import { runPreview } from './preview.ts';
import { runDocs } from './docs.ts';
import { runReport, type ReportValues } from '../report/reportCommand.ts';

/** Where a command reads and writes; the real process in use, strings in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The next line the player types, or null when input has ended. */
  readLine(prompt: string): Promise<string | null>;
  cwd: string;
}

/** What every command gets: its arguments, the options and the output language. */
export interface CommandContext {
  io: Io;
  t: Translate;
  lang: Language;
  /** Who the Arabic addresses (`--trainee`): the scenario's `ar-f` and the `_trainee_female` keys for a woman. */
  trainee: Trainee;
  positionals: string[];
  /** The options written on the command line (the others have their defaults). */
  given: ReadonlySet<string>;
  values: { json?: boolean; choose?: string; bot?: string; out?: string; seed?: string; format?: string; check?: boolean; 'no-open'?: boolean; 'max-states'?: string } & ReportValues;
}

export function cliTranslator(lang: Language, trainee?: Trainee): Translate {
  return translator(lang, { cli: lang === 'ar' ? arCli : enCli }, trainee);
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        lang: { type: 'string', default: 'en' },
        trainee: { type: 'string', default: 'male' },
        json: { type: 'boolean' },
        choose: { type: 'string' },
        seed: { type: 'string' },
        'max-states': { type: 'string' },
        bot: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        check: { type: 'boolean' },
        'no-open': { type: 'boolean' },
        lrs: { type: 'string' },
        auth: { type: 'string' },
        since: { type: 'string' },
        mastery: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const t = cliTranslator('en');
    io.err(`${t('cli:unknownOption', { detail: (error as Error).message })}\n\n${t('cli:usage')}\n`);
    return 2;
  }
  const langParse = languageSchema.safeParse(parsed.values.lang);
  const lang: Language = langParse.success ? langParse.data : 'en';
  const traineeParse = traineeSchema.safeParse(parsed.values.trainee);
  const trainee: Trainee = traineeParse.success ? traineeParse.data : 'male';
  const t = cliTranslator(lang, trainee);
  if (!langParse.success) {
    io.err(`${t('cli:badLang', { value: parsed.values.lang })}\n`);
    return 2;
  }
  if (!traineeParse.success) {
    io.err(`${t('cli:badTrainee', { value: parsed.values.trainee })}\n`);
    return 2;
  }
  const [command, ...positionals] = parsed.positionals;
  if (parsed.values.help || !command) {
    io.out(`${t('cli:usage')}\n`);
    return command || parsed.values.help ? 0 : 2;
  }
  const given = new Set(parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : [])));
  const ctx: CommandContext = { io, t, lang, trainee, positionals, given, values: parsed.values };
  switch (command) {
    case 'check':
      return runCheck(ctx);
    case 'play':
      return runPlay(ctx);
    case 'analyze':
    case 'analyse':
      return runAnalyze(ctx);
    case 'schema':
      return runSchema(ctx);
    case 'graph':
      return runGraph(ctx);
    case 'preview':
      return runPreview(ctx);
    case 'docs':
      return runDocs(ctx);
    case 'report':
      return runReport(ctx);
    default:
      io.err(`${t('cli:unknownCommand', { command })}\n\n${t('cli:usage')}\n`);
      return 2;
  }
}

/** The real process's output, with no input. */
function outputIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readLine: () => Promise.resolve(null),
    // `npm run sabr` runs in the project's folder; paths are the trainer's, typed where they are.
    // Only for our own script: a process started under `npm test` inherits INIT_CWD too.
    cwd: (process.env.npm_lifecycle_event === 'sabr' && process.env.INIT_CWD) || process.cwd(),
  };
}

/** The real process's input and output, for interactive play. */
function processIo(): Io {
  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
  rl.on('close', () => {
    closed = true;
    while (waiting.length) waiting.shift()!(null);
  });
  return {
    ...outputIo(),
    readLine(prompt) {
      process.stdout.write(prompt);
      if (lines.length) return Promise.resolve(lines.shift()!);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A reader that stops early (`sabr check | head`) closes the pipe: that ends the output, not in a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const needsInput = process.argv[2] === 'play' && !process.argv.includes('--choose') && !process.argv.includes('--bot');
  const io = needsInput ? processIo() : outputIo();
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
      if (needsInput) process.stdin.destroy();
    },
    (error: unknown) => {
      process.stderr.write(`sabr: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
