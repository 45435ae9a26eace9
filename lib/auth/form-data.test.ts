import { describe, expect, it } from 'vitest';
import { formFields } from './form-data';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('formFields', () => {
  it('gives one string per field and every value of a list', () => {
    const data = form([
      ['email', 'a@b.c'],
      ['locales', 'zh'],
      ['locales', 'ar'],
    ]);
    expect(formFields(data, ['locales'])).toEqual({ email: 'a@b.c', locales: ['zh', 'ar'] });
  });

  it('gives an empty list for a checkbox group with nothing checked', () => {
    expect(formFields(form([['role', 'EDITOR']]), ['locales'])).toEqual({ role: 'EDITOR', locales: [] });
  });

  it('leaves out React’s own action fields and files', () => {
    const data = form([
      ['$ACTION_ID_abc', ''],
      ['name', 'x'],
    ]);
    data.append('upload', new Blob(['x']), 'x.txt');
    expect(formFields(data)).toEqual({ name: 'x' });
  });
});
