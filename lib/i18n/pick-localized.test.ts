import { describe, expect, it } from 'vitest';
import { pickLocalized } from './pick-localized';

const names = [
  { locale: 'fr', name: 'Sécurité' },
  { locale: 'en', name: 'Security' },
  { locale: 'pt', name: 'Segurança' },
];

describe('pickLocalized', () => {
  it('picks the requested locale', () => {
    expect(pickLocalized(names, 'fr')).toEqual({ locale: 'fr', name: 'Sécurité' });
  });

  it('falls back to the default locale, then to any configured one', () => {
    expect(pickLocalized(names, 'zh')).toEqual({ locale: 'en', name: 'Security' });
    expect(pickLocalized([{ locale: 'pt', name: 'x' }, { locale: 'de', name: 'Sicherheit' }], 'ar')).toEqual({
      locale: 'de',
      name: 'Sicherheit',
    });
    expect(pickLocalized([{ locale: 'pt', name: 'x' }], 'ar')).toBeUndefined();
  });
});
