import { describe, expect, it } from 'vitest';
import { decideAnnouncementView, orderByLocale, pickShownTranslation, pickStandIn, type TranslationRef } from './view';

const en: TranslationRef = { locale: 'en', slug: 'report' };
const ru: TranslationRef = { locale: 'ru', slug: 'otchet' };
const fr: TranslationRef = { locale: 'fr', slug: 'rapport' };
const zh: TranslationRef = { locale: 'zh', slug: 'baogao' };

describe('decideAnnouncementView', () => {
  it('shows the locale’s own translation under its own slug', () => {
    expect(decideAnnouncementView({ locale: 'ru', slug: 'otchet' }, [en, ru], 'en')).toEqual({ kind: 'own', shown: ru });
  });

  it('redirects another locale’s slug to the locale’s own translation', () => {
    expect(decideAnnouncementView({ locale: 'ru', slug: 'report' }, [en, ru], 'en')).toEqual({ kind: 'redirect', to: ru });
  });

  it('falls back to the source where the locale has no translation', () => {
    expect(decideAnnouncementView({ locale: 'ar', slug: 'otchet' }, [en, ru], 'en')).toEqual({ kind: 'fallback', shown: en });
    expect(decideAnnouncementView({ locale: 'es', slug: 'report' }, [ru, en], 'en')).toEqual({ kind: 'fallback', shown: en });
  });

  it('falls back to the requested translation when the source is not published', () => {
    expect(decideAnnouncementView({ locale: 'ar', slug: 'rapport' }, [ru, fr], 'de')).toEqual({ kind: 'fallback', shown: fr });
    expect(decideAnnouncementView({ locale: 'ar', slug: 'otchet' }, [ru, fr], 'de')).toEqual({ kind: 'fallback', shown: ru });
  });

  it('does not show an announcement the slug is not one of', () => {
    expect(decideAnnouncementView({ locale: 'en', slug: 'other' }, [en, ru], 'en')).toEqual({ kind: 'not-found' });
    expect(decideAnnouncementView({ locale: 'en', slug: 'report' }, [], 'en')).toEqual({ kind: 'not-found' });
  });

  it('treats the same slug in two locales as the locale’s own', () => {
    const enSame = { locale: 'en', slug: 'forum' } as const;
    const frSame = { locale: 'fr', slug: 'forum' } as const;
    expect(decideAnnouncementView({ locale: 'fr', slug: 'forum' }, [enSame, frSame], 'en')).toEqual({ kind: 'own', shown: frSame });
    expect(decideAnnouncementView({ locale: 'de', slug: 'forum' }, [frSame, enSame], 'en')).toEqual({ kind: 'fallback', shown: enSame });
  });
});

describe('picking a translation to show', () => {
  it('prefers the reader’s locale, then the source, then the first in the configured order', () => {
    expect(pickShownTranslation([en, zh], 'en', 'zh')).toEqual(zh);
    expect(pickShownTranslation([zh, en], 'en', 'ar')).toEqual(en);
    expect(pickShownTranslation([fr, ru], 'de', 'ar')).toEqual(ru);
    expect(pickShownTranslation([], 'en', 'ar')).toBeUndefined();
  });

  it('lets a preferred translation beat the configured order, never the source', () => {
    expect(pickStandIn([ru, fr], 'de', fr)).toEqual(fr);
    expect(pickStandIn([en, fr], 'en', fr)).toEqual(en);
  });

  it('orders by the configured locales and drops unknown ones', () => {
    const unknown = { locale: 'pt', slug: 'relatorio' };
    expect(orderByLocale([fr, unknown, en, zh])).toEqual([en, zh, fr]);
  });
});
