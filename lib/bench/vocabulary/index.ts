import type { Locale } from '../../i18n/locales';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Vocabulary } from './types';
import { ru } from './ru';
import { zh } from './zh';

export type { Vocabulary } from './types';

export const vocabularies: Record<Locale, Vocabulary> = { en, zh, ru, fr, de, es, ar };
