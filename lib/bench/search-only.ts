import { isBuildCurrent, recordBuild } from '../cli/build-stamp';
import { exitOf, spawnNext } from '../cli/start/child-processes';
import { projectRoot } from '../server/location';
import { createScratchDatabase } from '../testing/scratch-database';
import { startAppServer } from './app-server';
import { generateSearchContent, measureSearchBenchmark } from './search-step';

// `npx tsx lib/bench/search-only.ts`: the search step of `npm run bench` alone, printed instead of
// written to BENCHMARKS.md, for measuring a change to search without the other benchmarks.
// BENCH_SEARCH_DATABASE_URL measures a database that already holds the generated announcements
// (kept afterwards) instead of generating them into a scratch one; BENCH_SEARCH_PORT picks the
// app server's port. BENCH_SEARCH_ANNOUNCEMENTS / BENCH_SEARCH_SAMPLES work as in the full run.
const say = (line: string) => void process.stdout.write(`${line}\n`);
const port = Number(process.env.BENCH_SEARCH_PORT ?? 3402);

async function ensureBuild(): Promise<void> {
  if (await isBuildCurrent(projectRoot)) return;
  const build = await exitOf(spawnNext(['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
  if (build.code !== 0) throw new Error(`next build ${build.description}`);
  await recordBuild(projectRoot);
}

async function main(): Promise<void> {
  await ensureBuild();
  const existing = process.env.BENCH_SEARCH_DATABASE_URL;
  const database = existing ? { url: existing, dispose: async () => {} } : await createScratchDatabase('forum_bench');
  try {
    const generateSeconds = existing ? null : await generateSearchContent(database.url, say);
    const app = await startAppServer(database.url, port);
    try {
      const result = await measureSearchBenchmark(app.origin, database.url, say, generateSeconds);
      say(['', `## ${result.section.heading}`, '', ...result.section.lines, '', ...result.notes].join('\n'));
    } finally {
      await app.stop();
    }
  } finally {
    await database.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench search: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
