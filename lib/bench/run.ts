import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDemoContent } from '../../prisma/seed/load-content';
import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { announcementPath, homePath } from '../i18n/paths';
import { isBuildCurrent, recordBuild } from '../cli/build-stamp';
import { exitOf, spawnNext } from '../cli/start/child-processes';
import { projectRoot } from '../server/location';
import { createScratchDatabase } from '../testing/scratch-database';
import { startAppServer } from './app-server';
import { cacheStatusOf } from './cache-status';
import { describeLoad, describeMachine, loadAverage } from './machine';
import { serveWithNginx } from './nginx';
import { runConcurrencyBenchmark } from './concurrency-step';
import { runSearchBenchmark } from './search-step';
import { renderReport, writeReport, type Check, type RateRow } from './report';
import { spreadOf } from './stats';
import { ensureBenchTools } from './tools';
import { runWrk, type WrkResult } from './wrk';

// `npm run bench`: every benchmark in one go on this machine, figures written to BENCHMARKS.md.
// BENCH_SECONDS / BENCH_RUNS / BENCH_CONNECTIONS shorten a trial run.
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const say = (line: string) => void process.stdout.write(`${line}\n`);

// A cookie other than the locale cookie sends a request past the response cache to Next, as a
// signed-in editor's would be: the row shows what the cache saves.
const bypassHeaders = ['Cookie: bench-session=1'];

async function measureRate(name: string, url: string, headers: string[] = []): Promise<RateRow> {
  const results: WrkResult[] = [];
  for (let run = 1; run <= runs; run += 1) {
    say(`  ${name}: run ${run}/${runs}`);
    results.push(await runWrk(url, { connections, seconds, headers }));
  }
  return {
    name,
    requestsPerSecond: spreadOf(results.map((r) => r.requestsPerSecond)),
    p50Ms: spreadOf(results.map((r) => r.p50Ms)),
    p99Ms: spreadOf(results.map((r) => r.p99Ms)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

async function ensureBuild(): Promise<void> {
  if (await isBuildCurrent(projectRoot)) return;
  const build = await exitOf(spawnNext(['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
  if (build.code !== 0) throw new Error(`next build ${build.description}`);
  await recordBuild(projectRoot);
}

async function fetchWarm(url: string): Promise<string> {
  let html = '';
  for (let i = 0; i < 5; i += 1) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    html = await response.text();
  }
  return html;
}

function serverNotes(seen: { article: string; home: string; bypass: string }): string[] {
  return [
    'Production server: what `npm start` runs (lib/server), Next\'s request handler behind an in-memory response ' +
      'cache of anonymous public pages (README, "Performance"). Before measuring, a request as wrk sends it got ' +
      `x-forum-cache: ${seen.article} (announcement page), ${seen.home} (home page), ${seen.bypass} (with a cookie).`,
    'wrk sends no Accept-Encoding, so the production server and nginx both send the same uncompressed bytes.',
    'The "bypassed" row carries a cookie, which sends every request to Next as a signed-in visitor\'s would.',
  ];
}

async function main(): Promise<void> {
  ensureBenchTools();
  await ensureBuild();
  const database = await createScratchDatabase('forum_bench');
  const workDir = mkdtempSync(path.join(tmpdir(), 'forum-bench-'));
  const stops: Array<() => Promise<void>> = [database.dispose, async () => rmSync(workDir, { recursive: true, force: true })];
  try {
    await seedIfEmpty(database.url, {});
    const app = await startAppServer(database.url, 3400);
    stops.unshift(app.stop);
    const english = loadDemoContent().announcements.flatMap((a) => a.translations).find((t) => t.locale === 'en');
    if (!english) throw new Error('the demo content has no English announcement');
    const articleUrl = `${app.origin}${announcementPath('en', english.slug)}`;
    const html = await fetchWarm(articleUrl);
    const nginx = await serveWithNginx(html, workDir, 3401);
    stops.unshift(nginx.stop);
    await fetchWarm(`${app.origin}${homePath('en')}`);

    const homeUrl = `${app.origin}${homePath('en')}`;
    await Promise.all([cacheStatusOf(articleUrl), cacheStatusOf(homeUrl)]);
    const seen = {
      article: await cacheStatusOf(articleUrl),
      home: await cacheStatusOf(homeUrl),
      bypass: await cacheStatusOf(articleUrl, { cookie: 'bench-session=1' }),
    };

    say(`Measuring at ${connections} connections, ${seconds} s per run, ${runs} runs`);
    const loadBefore = loadAverage();
    const article = await measureRate('announcement page (cached), production server', articleUrl);
    const reference = await measureRate('same HTML bytes, nginx', nginx.url);
    const bypassed = await measureRate('announcement page, response cache bypassed (Next alone)', articleUrl, bypassHeaders);
    const home = await measureRate('home page, production server', homeUrl);
    const load = describeLoad(loadBefore, loadAverage());
    const search = await runSearchBenchmark(app.origin, database.url, say);
    const concurrency = await runConcurrencyBenchmark(database.url, say);

    const share = article.requestsPerSecond.median / reference.requestsPerSecond.median;
    const checks: Check[] = [
      { name: 'announcement page rate vs nginx', value: `${(share * 100).toFixed(1)} %`, target: '≥ 10 %', met: share >= 0.1 },
      { name: 'announcement page p99', value: `${article.p99Ms.median.toFixed(1)} ms`, target: '< 50 ms', met: article.p99Ms.median < 50 },
      search.check,
      concurrency.check,
    ];
    const report = renderReport({
      machine: await describeMachine(database.url),
      settings: `wrk, ${connections} connections, ${seconds} s per run, ${runs} runs; demo content; ${search.settings}`,
      rates: [article, reference, bypassed, home],
      sections: [search.section, concurrency.section],
      checks,
      notes: [load, ...serverNotes(seen), ...search.notes],
    });
    writeReport(path.join(projectRoot, 'BENCHMARKS.md'), report);
    say(report);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
