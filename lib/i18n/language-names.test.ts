import { describe, expect, it } from 'vitest';
import { languageName } from './language-names';
import { locales } from './locales';

describe('languageName', () => {
  it('names a language in the reader’s UI language', () => {
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('en', 'zh')).toBe('英语');
    expect(languageName('es', 'fr')).toBe('espagnol');
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
    expect(languageName('zh', 'ru')).toBe('китайский');
  });

  it('has a real name, not the code, for every pair of configured locales', () => {
    for (const language of locales) {
      for (const ui of locales) expect(languageName(language, ui), `${language} in ${ui}`).not.toBe(language);
    }
  });
});
