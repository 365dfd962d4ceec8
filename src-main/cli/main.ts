/**
 * banmian — the command line. Each command loads only what it needs; a user's mistake ends in
 * one line naming the file and the problem, and a non-zero exit.
 */
import { Command, CommanderError } from 'commander';
import { config } from 'zod';
import { failureLine, INTERNAL_FAULT } from './failure-line.js';
import type { ComposeOptions } from './compose.js';
import type { ProofOptions } from './proof.js';

// A command parses each kind of file once: zod's compiled fast path (new Function per schema)
// costs more than it saves (~13 ms for a template and an issue). `serve`, which lives on, turns
// it back on.
config({ jitless: true });

const program = new Command('banmian')
  .description('版面 Banmian: compose a Chinese newspaper issue into print-ready PDF pages')
  .showHelpAfterError()
  .exitOverride();

program
  .command('compose')
  .description('compose an issue file (or article files) into a PDF')
  .argument('<input...>', 'an issue file (.banmian.json) or article files (.txt .md .docx)')
  .option('-t, --template <id>', 'template for article files (see `banmian templates`)', 'broadsheet')
  .option('-o, --out <path>', 'the PDF to write (default out/issue.pdf); with --split, the folder (default out)')
  .option('--preset <name>', 'plant: bleed, crop and registration marks, colour bar, slug; proof: the trimmed page only', 'plant')
  .option('--split [pattern]', 'one PDF per page, named by the pattern ({date} {page:02} {section} {paper} {template})')
  .option('--revision <n>', 'revision number shown in the slug line', '1')
  .option('--report <file>', 'write the diagnostics and the preflight of each PDF as JSON')
  .option('--timings', 'print how long each phase took (start-up, input, compose, write)')
  .option('--no-preflight', 'plant preset: do not read the written PDF back for the plant\'s checks (faster; the report then has none)')
  .option('--strict', 'free space of more than 3 lines on a page is an error (exit 1), not a warning')
  .option('--paper <name>', 'for article files: the paper\'s name in the running header', 'Banmian')
  .option('--date <yyyy-mm-dd>', 'for article files: the issue date (today by default)')
  .option('--section <name>', 'for article files: the section (版名) in the running header (第N版 by default)')
  .option('--editor <name>', 'for article files: the editor (责任编辑) in the running header')
  .option('--no-daemon', 'compose in this process even when `banmian daemon` is running')
  .action(async (inputs: string[], { daemon, ...opts }: ComposeOptions & { daemon: boolean }) => {
    if (daemon) {
      const { composeViaDaemon } = await import('./daemon-client.js');
      const code = await composeViaDaemon(inputs, opts);
      if (code !== undefined) return void (process.exitCode = code);
    }
    const { composeCommand } = await import('./compose.js');
    process.exitCode = await composeCommand(inputs, opts);
  });

program
  .command('preflight')
  .description('check a PDF as the printing plant would: fonts, colour, overprint, images, boxes, PDF/X')
  .argument('<file>', 'the PDF to check')
  .option('--json', 'print the report as JSON')
  .option('--ink-limit <percent>', 'total ink limit', '240')
  .action(async (file: string, opts: { json?: boolean; inkLimit: string }) => {
    const { preflightCommand } = await import('./preflight.js');
    process.exitCode = await preflightCommand(file, opts);
  });

program
  .command('import')
  .description('print the articles of a .txt, .md or .docx file as issue JSON')
  .argument('<file>')
  .option('--json', 'print JSON (the default and only format for now)')
  .option('--assets <dir>', 'write the pictures embedded in a .docx into this folder (their src names point there)')
  .action(async (file: string, opts: { assets?: string }) => {
    const { importCommand } = await import('./import.js');
    process.stdout.write(`${await importCommand(file, opts.assets === undefined ? {} : { assetDir: opts.assets })}\n`);
  });

program
  .command('proof')
  .description('write the proof PDF (校样) with the proof marks of the issue, numbered, as PDF comments and listed at the end')
  .argument('<issue>', 'the issue file (.banmian.json); the marks come from its .proof.json beside it')
  .option('-o, --out <path>', 'the PDF to write (default: NAME-marked-proof.pdf beside the issue)')
  .option('--open-only', 'only the marks not yet dealt with (未改)')
  .option('--pages <list>', 'only these pages and their marks, e.g. 1,3 or 2-4')
  .action(async (file: string, opts: ProofOptions) => {
    const { proofCommand } = await import('./proof.js');
    process.exitCode = await proofCommand(file, opts);
  });

program
  .command('serve')
  .description('open an issue in the layout app in a web browser (prints the address)')
  .argument('<issue>', 'the issue file (.banmian.json)')
  .option('--port <n>', 'the port to listen on (any free port by default)')
  .action(async (file: string, opts: { port?: string }) => {
    config({ jitless: false });
    const { serveCommand } = await import('./serve.js');
    await serveCommand(file, opts);
  });

program
  .command('daemon')
  .description('keep a compose service running on loopback: `banmian compose` then sends its work here (fonts open, composer warm)')
  .option('--port <n>', 'the port to listen on (any free port by default)')
  .action(async (opts: { port?: string }) => {
    config({ jitless: false });
    const { daemonCommand } = await import('./daemon.js');
    await daemonCommand(opts);
  });

program
  .command('templates')
  .description('list the page templates')
  .action(async () => {
    const { listTemplates, loadTemplate } = await import('../model/template.js');
    for (const id of listTemplates()) process.stdout.write(`${id.padEnd(12)} ${loadTemplate(id).name}\n`);
  });

/**
 * Runs one command line; the exit code goes to `process.exitCode`. Every failure ends in one line
 * (failure-line.ts; `--debug` adds the stack), and a command whose work can no longer finish
 * (nothing left to wait for, its promise unsettled) says so instead of leaving silently.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const debug = argv.includes('--debug');
  let settled = false;
  const unfinished = (): void => {
    if (settled) return;
    settled = true;
    process.stderr.write(`banmian: internal error: the command stopped before it finished, with nothing left to wait for (please report it with the input)\n`);
    process.exitCode = INTERNAL_FAULT;
  };
  process.once('beforeExit', unfinished);
  try {
    await program.parseAsync(argv.filter((a) => a !== '--debug'));
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
    } else {
      const failure = failureLine(err, debug);
      process.stderr.write(`${failure.line}\n`);
      process.exitCode = failure.code;
    }
  } finally {
    settled = true;
    process.removeListener('beforeExit', unfinished);
  }
}
