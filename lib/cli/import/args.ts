import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../../i18n/locales';

export type ImportArgs = { files: string[]; dryRun: boolean; json: boolean; publish: boolean; locale?: Locale; author?: string };

export const importUsage = 'usage: npm run import -- <files…> [--dry-run] [--json] [--publish] [--locale <code>] [--author <email>]';

/** The import command's arguments, or an error message for the person who typed them. */
export function parseImportArgs(argv: string[]): ImportArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        locale: { type: 'string' },
        author: { type: 'string' },
      },
    });
  } catch (error) {
    return { error: `${(error as Error).message}\n${importUsage}` };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { error: `name at least one file to import\n${importUsage}` };
  if (values.locale !== undefined && !isLocale(values.locale)) return { error: `unknown locale "${values.locale}"` };
  if (values['dry-run'] && values.publish) return { error: '--dry-run writes nothing, so it cannot --publish' };
  return {
    files: positionals,
    dryRun: values['dry-run'],
    json: values.json,
    publish: values.publish,
    locale: values.locale as Locale | undefined,
    author: values.author,
  };
}
