import { parseArgs } from 'node:util';

export type ExportArgs = { file: string; withPasswordHashes: boolean };
export type RestoreArgs = { file: string };

export const exportUsage = 'usage: npm run export -- [--output <file>] [--with-password-hashes]';
export const restoreUsage = 'usage: npm run restore -- <archive>';

/** `forum-portal-20261122T093000Z.ndjson.gz`: sorts by time, and has no character a shell or Windows minds. */
export function defaultArchiveName(now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(/[-:]/g, '');
  return `forum-portal-${stamp}.ndjson.gz`;
}

/** The export command's arguments, or an error message for the person who typed them. */
export function parseExportArgs(argv: string[], now: Date): ExportArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { output: { type: 'string', short: 'o' }, 'with-password-hashes': { type: 'boolean', default: false } },
    });
    if (values.output === '') return { error: `--output needs a file name\n${exportUsage}` };
    return { file: values.output ?? defaultArchiveName(now), withPasswordHashes: values['with-password-hashes'] };
  } catch (error) {
    return { error: `${(error as Error).message}\n${exportUsage}` };
  }
}

/** The restore command's arguments: exactly one archive. */
export function parseRestoreArgs(argv: string[]): RestoreArgs | { error: string } {
  try {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    const [file] = positionals;
    if (positionals.length !== 1 || file === undefined) return { error: `name exactly one archive\n${restoreUsage}` };
    return { file };
  } catch (error) {
    return { error: `${(error as Error).message}\n${restoreUsage}` };
  }
}
