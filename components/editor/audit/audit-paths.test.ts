import { describe, expect, it } from 'vitest';
import { auditPagePath } from './audit-paths';

describe('auditPagePath', () => {
  it('is the plain address without filters or on page 1', () => {
    expect(auditPagePath('en', {})).toBe('/en/editor/audit');
    expect(auditPagePath('ar', { action: '', page: 1 })).toBe('/ar/editor/audit');
  });

  it('keeps the filters and the page', () => {
    expect(auditPagePath('zh', { action: 'announcement.delete', from: '2026-01-01', page: 2 })).toBe(
      '/zh/editor/audit?action=announcement.delete&from=2026-01-01&page=2',
    );
  });
});
