import { writeFileSync } from 'node:fs';
import type { Spread } from './stats';

export type RateRow = { name: string; requestsPerSecond: Spread; p50Ms: Spread; p99Ms: Spread; errors: number };
export type Check = { name: string; value: string; target: string; met: boolean };
/** A section of its own between the rates and the targets: a heading and Markdown lines. */
export type ReportSection = { heading: string; lines: string[] };

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const spread = (s: Spread, digits = 1) => `${fmt(s.min, digits)} / ${fmt(s.median, digits)} / ${fmt(s.max, digits)}`;

export function renderReport(options: {
  machine: string[];
  settings: string;
  rates: RateRow[];
  checks: Check[];
  notes: string[];
  sections?: ReportSection[];
}): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; every figure is min / median / max over the runs. Rates are driven by wrk.',
    '',
    ...options.machine.map((line) => `- ${line}`),
    `- ${options.settings}`,
    '',
    '## Request rates',
    '',
    '| what | req/s | p50 ms | p99 ms | errors |',
    '| --- | --- | --- | --- | --- |',
    ...options.rates.map(
      (row) =>
        `| ${row.name} | ${spread(row.requestsPerSecond, 0)} | ${spread(row.p50Ms, 2)} | ${spread(row.p99Ms, 2)} | ${row.errors} |`,
    ),
    '',
    ...(options.sections ?? []).flatMap((section) => [`## ${section.heading}`, '', ...section.lines, '']),
    '## Targets',
    '',
    '| check | measured | target | met |',
    '| --- | --- | --- | --- |',
    ...options.checks.map((check) => `| ${check.name} | ${check.value} | ${check.target} | ${check.met ? 'yes' : 'NO'} |`),
    '',
    ...(options.notes.length ? ['## Notes', '', ...options.notes.map((note) => `- ${note}`), ''] : []),
  ];
  return `${lines.join('\n')}\n`;
}

export function writeReport(path: string, content: string): void {
  writeFileSync(path, content);
}
