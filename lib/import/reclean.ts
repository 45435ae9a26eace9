import type { Locale } from '../i18n/locales';
import { applyChinesePunctuation, convertToSimplified, isTraditional } from './chinese';

export type RecleanText = { title: string; summary: string; body: string };

export type Recleaned = RecleanText & {
  /** The language has steps of its own and they ran again. */
  rerun: boolean;
  convertedFromTraditional: boolean;
};

/**
 * The pipeline's language-dependent steps (import-document.ts), run again on the edited text when
 * the editor corrects the detected language: for Chinese, Traditional characters to Simplified and
 * Chinese punctuation. The other languages have no step of their own; what an earlier language's
 * steps changed is not undone.
 */
export function recleanForLocale(text: RecleanText, locale: Locale): Recleaned {
  if (locale !== 'zh') return { ...text, rerun: false, convertedFromTraditional: false };
  const traditional = isTraditional(`${text.title}${text.summary}${text.body}`);
  const toChinese = (value: string) => applyChinesePunctuation(traditional ? convertToSimplified(value) : value);
  return {
    title: toChinese(text.title),
    summary: toChinese(text.summary),
    body: toChinese(text.body),
    rerun: true,
    convertedFromTraditional: traditional,
  };
}
