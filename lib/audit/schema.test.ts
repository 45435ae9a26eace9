import { describe, expect, it } from 'vitest';
import { auditFilterSchema, readAuditSearchParams } from './schema';

const issuesOf = (values: Record<string, unknown>) => {
  const parsed = auditFilterSchema.safeParse(values);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('auditFilterSchema', () => {
  it('takes an empty address as no filter', () => {
    expect(auditFilterSchema.parse({ actor: '', action: '', targetType: '', from: '', to: '', page: '' })).toEqual({});
  });

  it('reads every filter', () => {
    expect(
      auditFilterSchema.parse({ actor: 'u1', action: 'announcement.delete', targetType: 'announcement', from: '2026-01-01', to: '2026-01-31', page: '3' }),
    ).toEqual({ actor: 'u1', action: 'announcement.delete', targetType: 'announcement', from: '2026-01-01', to: '2026-01-31', page: 3 });
  });

  it('accepts an action code it does not know', () => {
    expect(auditFilterSchema.parse({ action: 'report.export' })).toEqual({ action: 'report.export' });
  });

  it('reports bad values by field', () => {
    expect(issuesOf({ action: 'DROP TABLE' })).toEqual(['action:invalid']);
    expect(issuesOf({ targetType: 'media' })).toEqual(['targetType:invalid']);
    expect(issuesOf({ from: '2026-13-01' })).toEqual(['from:invalidDate']);
    expect(issuesOf({ page: '0' })).toEqual(['page:invalid']);
    expect(issuesOf({ page: 'two' })).toEqual(['page:invalid']);
  });

  it('refuses a range that ends before it starts', () => {
    expect(issuesOf({ from: '2026-02-01', to: '2026-01-01' })).toEqual(['to:invalidDate']);
  });
});

describe('readAuditSearchParams', () => {
  it('takes the first of repeated parameters and ignores others', () => {
    expect(readAuditSearchParams({ action: ['a.b', 'c.d'], other: 'x' })).toEqual({
      actor: undefined,
      action: 'a.b',
      targetType: undefined,
      from: undefined,
      to: undefined,
      page: undefined,
    });
  });
});
