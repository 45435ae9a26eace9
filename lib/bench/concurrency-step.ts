import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../server/location';
import type { Check, ReportSection } from './report';

const countsSchema = z.object({ seconds: z.number(), accepted: z.number(), conflicts: z.number(), unexpected: z.number() });

/**
 * The full run of lib/editor/concurrent-saves.int.test.ts: 20 editors saving at once for 60 s
 * against PostgreSQL (`databaseUrl` names the server; the test makes its own database there).
 */
export async function runConcurrencyBenchmark(databaseUrl: string, say: (line: string) => void): Promise<{ section: ReportSection; check: Check }> {
  const seconds = 60;
  const dir = mkdtempSync(path.join(tmpdir(), 'forum-concurrency-'));
  const report = path.join(dir, 'counts.json');
  say(`Concurrent saves: 20 editors for ${seconds} s`);
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn('node_modules/.bin/vitest', ['run', '--project', 'integration', 'lib/editor/concurrent-saves.int.test.ts'], {
        cwd: projectRoot,
        stdio: 'ignore',
        env: { ...process.env, DATABASE_URL: databaseUrl, CONCURRENCY_SECONDS: String(seconds), CONCURRENCY_REPORT: report },
      });
      child.on('exit', (exitCode) => resolve(exitCode ?? 1));
      child.on('error', () => resolve(1));
    });
    const counts = countsSchema.parse(JSON.parse(readFileSync(report, 'utf8')));
    const lines = [
      `20 editors, five to a translation, saving as fast as they can for ${counts.seconds} s (saveTranslation against PostgreSQL,`,
      'each save loading the current version first, as the form does).',
      '',
      '| accepted saves | refused as conflicts (with the other text) | other outcomes | every accepted save in the history, final text = last accepted |',
      '| --- | --- | --- | --- |',
      `| ${counts.accepted} | ${counts.conflicts} | ${counts.unexpected} | ${code === 0 ? 'yes' : 'NO'} |`,
    ];
    return {
      section: { heading: 'Concurrent editors', lines },
      check: { name: 'lost updates, 20 editors × 60 s', value: code === 0 ? '0' : 'see the test', target: '0', met: code === 0 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
