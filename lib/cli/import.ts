import { createPrismaClient } from '../db/create-client';
import { parseImportArgs } from './import/args';
import type { ImportArgs } from './import/args';
import { groupBatch, readBatch, toRows, writeBatch, type Batch } from './import/run-import';
import { formatSummaryTable } from './import/summary-table';
import { runDatabaseCommand } from './database-command';

// `npm run import -- <files…> [--dry-run] [--json] [--publish]`: raw reports → cleaned announcements.

function drawProgress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY) {
    if (file) process.stderr.write(`import: reading ${file} (${done + 1}/${total})\n`);
    return;
  }
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`);
  if (done === total) process.stderr.write('\n');
}

const parsed = parseImportArgs(process.argv.slice(2));
if ('error' in parsed) {
  process.stderr.write(`import: ${parsed.error}\n`);
  process.exit(2);
}
const args: ImportArgs = parsed;

async function report({ results, groups }: Batch): Promise<void> {
  if (args.json) process.stdout.write(`${JSON.stringify({ files: results, announcements: groups }, null, 2)}\n`);
  else {
    process.stdout.write(`${formatSummaryTable(toRows(results, args))}\n\n`);
    for (const group of groups) {
      const why = group.reasons.length > 0 ? ` (${group.reasons.join('; ')})` : '';
      process.stdout.write(`announcement ${group.number}: ${group.files.join(', ')}${why}\n`);
    }
  }
  const failed = results.filter((result) => result.error).length;
  process.stderr.write(`import: ${results.length - failed} of ${results.length} files ${args.dryRun ? 'read' : 'imported'}${failed ? `, ${failed} refused` : ''}\n`);
  if (failed > 0) process.exitCode = 1;
}

if (args.dryRun) {
  readBatch(args, drawProgress).then((results) => report(groupBatch(results)), (error: unknown) => {
    process.stderr.write(`import: ${(error as Error).message}\n`);
    process.exit(1);
  });
} else {
  runDatabaseCommand('import', async (database) => {
    const batch = groupBatch(await readBatch(args, drawProgress));
    const prisma = createPrismaClient(database.databaseUrl);
    try {
      const author = args.author
        ? await prisma.user.findUnique({ where: { email: args.author.toLowerCase() }, select: { id: true } })
        : await prisma.user.findFirst({ where: { role: 'ADMIN', disabledAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true } });
      if (args.author && !author) throw new Error(`no user with the email ${args.author}`);
      await writeBatch(prisma, batch, args, author?.id ?? null);
    } finally {
      await prisma.$disconnect();
    }
    await report(batch);
    if (process.exitCode === 1) throw new Error('some files were not imported (see the table)');
  });
}
