import { describe, expect, it } from 'vitest';
import { summarizeDetails } from './details';

describe('summarizeDetails', () => {
  it('is empty for no details', () => {
    expect(summarizeDetails({})).toBe('');
    expect(summarizeDetails(null)).toBe('');
  });

  it('writes keys and values in order', () => {
    expect(summarizeDetails({ locale: 'fr', revision: 2 })).toBe('locale: fr; revision: 2');
  });

  it('writes lists and nested objects inline', () => {
    expect(summarizeDetails({ locales: ['en', 'zh'], before: { role: 'EDITOR', locales: [] } })).toBe(
      'locales: en, zh; before: role: EDITOR, locales: ',
    );
  });

  it('marks missing values', () => {
    expect(summarizeDetails({ replacedMediaId: null })).toBe('replacedMediaId: –');
  });

  it('cuts long details with an ellipsis', () => {
    const summary = summarizeDetails({ title: 'x'.repeat(500) });
    expect(summary).toHaveLength(160);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('writes a plain value as it is', () => {
    expect(summarizeDetails('imported')).toBe('imported');
  });
});
