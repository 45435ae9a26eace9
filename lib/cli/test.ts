import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { prepareE2eDatabase } from '../testing/e2e-database';
import { addCounts, countPlaywright, countVitest, formatCounts, type Counts } from '../testing/reports/counts';
import { recordBuild } from './build-stamp';
import { runStep } from './run-step';

// `npm test`: lint, typecheck, unit + integration tests (vitest), then Playwright against a production
// build on a freshly seeded database. Every step runs even when an earlier one failed, so one run
// shows everything; the closing line is computed from the runners' JSON reports.
const bin = (name: string) => `node_modules/.bin/${name}`;
const reportsDir = 'reports';

function checkCounts(exitCode: number): Counts {
  return exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function readCounts(read: () => Counts, label: string): Counts {
  try {
    return read();
  } catch (error) {
    console.error(`${label}: no usable report (${error instanceof Error ? error.message : String(error)})`);
    return { passed: 0, failed: 1 };
  }
}

async function runEndToEnd(): Promise<{ code: number; counts: Counts }> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const buildCode = await runStep('build', bin('next'), ['build'], env);
  if (buildCode !== 0) return { code: buildCode, counts: { passed: 0, failed: 1 } };
  await recordBuild(process.cwd());
  const database = await prepareE2eDatabase();
  try {
    const code = await runStep('e2e', bin('playwright'), ['test'], { ...env, E2E_DATABASE_URL: database.url });
    const counts = readCounts(() => countPlaywright(`${reportsDir}/playwright.json`), 'playwright');
    // Playwright can fail before any test runs (the server never answered): that is a failure too.
    return { code, counts: code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts };
  } finally {
    await database.dispose();
  }
}

async function main(): Promise<number> {
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const lint = await runStep('lint', bin('eslint'), ['--max-warnings=0', '.']);
  const typecheck = await runStep('typecheck', bin('tsc'), ['--noEmit']);
  const vitest = await runStep('unit + integration', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportsDir}/vitest.json`,
  ]);
  const e2e = await runEndToEnd();
  const total = addCounts(
    checkCounts(lint),
    checkCounts(typecheck),
    readCounts(() => countVitest(`${reportsDir}/vitest.json`), 'vitest'),
    e2e.counts,
  );
  process.stdout.write(`\nlint ${lint === 0 ? 'ok' : 'FAILED'}, typecheck ${typecheck === 0 ? 'ok' : 'FAILED'}\n`);
  writeFileSync(`${reportsDir}/summary.json`, JSON.stringify(total));
  process.stdout.write(`${formatCounts(total)}\n`);
  const failed = [lint, typecheck, vitest, e2e.code].some((code) => code !== 0) || total.failed > 0;
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
