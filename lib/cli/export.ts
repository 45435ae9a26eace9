import path from 'node:path';
import { parseExportArgs } from '../backup/args';
import { exportBackup } from '../backup/export-backup';
import { missingPasswordsNotice } from '../backup/password-notice';
import { mediaDirectory } from '../media/storage';
import { runDatabaseCommand } from './database-command';

// `npm run export -- [--output <file>] [--with-password-hashes]`: content, users and media → one archive.
const args = parseExportArgs(process.argv.slice(2), new Date());
if ('error' in args) {
  process.stderr.write(`export: ${args.error}\n`);
  process.exit(2);
}

runDatabaseCommand('export', async (database) => {
  const summary = await exportBackup({ databaseUrl: database.databaseUrl, mediaDirectory: mediaDirectory(), file: args.file, withPasswordHashes: args.withPasswordHashes });
  for (const key of summary.missingMedia) process.stderr.write(`export: warning: the media file ${key} is missing; its row is exported without it\n`);
  const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  process.stdout.write(`export: wrote ${path.resolve(args.file)}: ${rows} rows of ${Object.keys(summary.rows).length} tables, ${summary.media} media files\n`);
  if (args.withPasswordHashes) process.stdout.write('export: the archive holds password hashes: keep it as private as the database\n');
  else if (summary.users > 0) {
    process.stdout.write(`export: no password hashes in the archive (--with-password-hashes keeps them); once restored: ${missingPasswordsNotice(summary.users)}\n`);
  }
});
