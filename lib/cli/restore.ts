import { parseRestoreArgs } from '../backup/args';
import { missingPasswordsNotice } from '../backup/password-notice';
import { restoreBackup } from '../backup/restore-backup';
import { mediaDirectory } from '../media/storage';
import { runDatabaseCommand } from './database-command';

// `npm run restore -- <archive>`: an archive of `npm run export` → an empty database and media folder.
const args = parseRestoreArgs(process.argv.slice(2));
if ('error' in args) {
  process.stderr.write(`restore: ${args.error}\n`);
  process.exit(2);
}

runDatabaseCommand('restore', async (database) => {
  const summary = await restoreBackup({ databaseUrl: database.databaseUrl, mediaDirectory: mediaDirectory(), file: args.file });
  const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  process.stdout.write(`restore: restored ${rows} rows of ${Object.keys(summary.rows).length} tables and ${summary.media} media files from ${args.file}\n`);
  if (!summary.passwordHashes && summary.users > 0) process.stdout.write(`restore: ${missingPasswordsNotice(summary.users)}\n`);
});
