/**
 * Command-line plumbing shared by the scripts: options read strictly (unknown options, missing values and
 * repeated options are user errors), and user errors reported as one line with a non-zero exit, never a stack trace.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A mistake in how the command was called or in the files it was given: reported as one line, exit 2. */
export class UserError extends Error {}

export function parseOptions(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UserError(`unexpected argument "${a}" (options are --name value)`);
    const name = a.slice(2);
    if (!known.includes(name)) throw new UserError(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UserError(`--${name} needs a value`);
    if (options.has(name)) throw new UserError(`--${name} is given twice`);
    options.set(name, value);
    i++;
  }
  return options;
}

/** The output path's folder must exist and the path must not be a folder. */
export function checkOutPath(out: string): void {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`--out ${out}: the folder ${dir} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UserError(`--out ${out} is a folder, not a file`);
}

/** Runs a command's main: user errors and file-system errors print one line and exit 2; anything else one line and exit 1. */
export async function runCli(name: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (error instanceof UserError) {
      console.error(`ERROR (${name}): ${e.message}`);
      process.exit(2);
    }
    if (e?.code && typeof e.code === 'string' && e.syscall) {
      console.error(`ERROR (${name}): ${e.code} ${e.syscall}${e.path ? ` ${e.path}` : ''}`);
      process.exit(2);
    }
    console.error(`ERROR (${name}): ${e?.message ?? String(error)}${process.env.NTM_DEBUG ? `\n${e?.stack}` : ' (NTM_DEBUG=1 shows details)'}`);
    process.exit(1);
  }
}
