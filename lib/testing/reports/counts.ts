import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type Counts = { passed: number; failed: number };

const vitestReportSchema = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number().default(0),
  numTodoTests: z.number().default(0),
});

const playwrightReportSchema = z.object({
  stats: z.object({
    expected: z.number(),
    unexpected: z.number(),
    flaky: z.number(),
    skipped: z.number(),
  }),
});

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// Skipped, pending and todo tests count as failed: the suite promises no skipped tests.
export function countVitest(reportPath: string): Counts {
  const report = vitestReportSchema.parse(readJson(reportPath));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numPendingTests + report.numTodoTests,
  };
}

// A flaky test (passed only on retry) counts as failed too; retries are off anyway.
export function countPlaywright(reportPath: string): Counts {
  const { stats } = playwrightReportSchema.parse(readJson(reportPath));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky + stats.skipped };
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), {
    passed: 0,
    failed: 0,
  });
}

export function formatCounts({ passed, failed }: Counts): string {
  return `${passed} passed, ${failed} failed`;
}
