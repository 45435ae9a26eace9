import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import { coverageStates } from './coverage-state';
import { editorErrorCodes } from './errors';

describe('editor error codes and states', () => {
  it.each(locales)('every error code and coverage state has a text in %s', async (locale) => {
    const messages = (await import(`../../messages/${locale}.json`)) as {
      default: { EditorErrors: Record<string, string>; EditorStates: Record<string, string> };
    };
    expect(Object.keys(messages.default.EditorErrors).sort()).toEqual([...editorErrorCodes].sort());
    expect(Object.keys(messages.default.EditorStates).sort()).toEqual([...coverageStates].sort());
  });
});
