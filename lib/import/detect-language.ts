import { francAll } from 'franc-min';
import { locales, type Locale } from '../i18n/locales';

// franc names languages by ISO 639-3. A locale missing here is never detected (the editor picks it).
const francCodes: Partial<Record<Locale, string>> = { en: 'eng', zh: 'cmn', ru: 'rus', fr: 'fra', de: 'deu', es: 'spa', ar: 'arb' };

export type DetectedLanguage = { locale: Locale | null; confidence: number };

const candidates = locales.flatMap((locale) => (francCodes[locale] ? [[francCodes[locale], locale] as const] : []));
const localeOfCode = new Map<string, Locale>(candidates);
const onlyCodes = candidates.map(([code]) => code);

const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

function detectChunk(chunk: string): Locale | null {
  const [best] = francAll(chunk, { only: onlyCodes, minLength: 10 });
  const locale = best ? localeOfCode.get(best[0]) : undefined;
  if (locale) return locale;
  // franc reads Han mixed with a little kana or Latin (pinyin, corruption) as Japanese, which is not
  // a candidate; text that is mostly Han with hardly any kana is Chinese.
  const han = chunk.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = chunk.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return han > letterCount(chunk) * 0.5 && kana < han * 0.05 && localeOfCode.has('cmn') ? 'zh' : null;
}

/**
 * The configured locale the text is written in, with a confidence from 0 to 1: the share of the
 * text (by letters) whose paragraphs agree with the verdict, damped for short texts, where trigram
 * statistics say little. Null with confidence 0 when nothing matches.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const paragraphs = text.split('\n').filter((line) => letterCount(line) >= 40);
  const chunks = paragraphs.length > 0 ? paragraphs : [text];
  const letters = new Map<Locale, number>();
  let total = 0;
  for (const chunk of chunks) {
    const size = letterCount(chunk);
    total += size;
    const locale = detectChunk(chunk);
    if (locale) letters.set(locale, (letters.get(locale) ?? 0) + size);
  }
  const [best] = [...letters.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || total === 0) return { locale: null, confidence: 0 };
  const agreement = best[1] / total;
  const lengthFactor = Math.min(1, total / 100);
  return { locale: best[0], confidence: Math.round(agreement * lengthFactor * 100) / 100 };
}
