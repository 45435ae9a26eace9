import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCounts, countPlaywright, countVitest, formatCounts } from './counts';

function writeReport(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('test report counts', () => {
  it('reads passed and failed tests from a vitest report, skipped ones as failed', () => {
    const path = writeReport({ numPassedTests: 7, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0 });
    expect(countVitest(path)).toEqual({ passed: 7, failed: 3 });
  });

  it('reads a playwright report, flaky and skipped as failed', () => {
    const path = writeReport({ stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 1 } });
    expect(countPlaywright(path)).toEqual({ passed: 5, failed: 3 });
  });

  it('refuses a report of another shape instead of counting zero', () => {
    const path = writeReport({ tests: [] });
    expect(() => countVitest(path)).toThrow();
  });

  it('adds and formats the closing line', () => {
    const total = addCounts({ passed: 2, failed: 0 }, { passed: 3, failed: 1 });
    expect(formatCounts(total)).toBe('5 passed, 1 failed');
  });
});
