import { describe, expect, it } from 'vitest';
import { formatSummaryTable } from './summary-table';

describe('formatSummaryTable', () => {
  it('lines up one row per file and shortens long titles', () => {
    const table = formatSummaryTable([
      { file: 'a.txt', locale: 'en', confidence: 1, title: 'Sub-Forum on Migration Management Cooperation of 2024 Conference', removed: 6, warnings: 0, outcome: 'imported' },
      { file: 'b.bin', locale: null, confidence: null, title: '', removed: 0, warnings: 0, outcome: 'refused: b.bin is a binary file, not text.' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^file\s+locale\s+confidence\s+title\s+removed\s+warnings\s+result$/);
    expect(lines[2]).toContain('1.00');
    expect(lines[2]).toContain('…');
    expect(lines[3]).toContain('refused: b.bin is a binary file');
    expect(lines[2]?.indexOf('imported')).toBe(lines[0]?.indexOf('result'));
  });

  it('counts Chinese characters as two columns', () => {
    const table = formatSummaryTable([{ file: 'z.txt', locale: 'zh', confidence: 1, title: '全球公共安全合作论坛', removed: 3, warnings: 3, outcome: 'imported' }]);
    const [header, , row] = table.split('\n');
    expect(row?.indexOf('3')).toBeGreaterThan(0);
    expect(header).toBeDefined();
  });
});
