import type { Locale } from '../i18n/locales';
import { convertToSimplified, isTraditional, removePinyinAnnotations, applyChinesePunctuation } from './chinese';
import { findCorruption, type ImportWarning } from './corruption';
import { decodeBytes } from './decode';
import { detectLanguage } from './detect-language';
import { extractText } from './extract';
import { ImportError } from './import-error';
import { removeJunk, type JunkReason, type ReviewedLine } from './junk';
import { normalizeText } from './normalize';

export type RemovedEntry = { line: string; reason: JunkReason | 'pinyin-annotation' };

export type ImportedDocument = {
  name: string;
  encoding: string;
  locale: Locale | null;
  confidence: number;
  title: string;
  summary: string;
  /** Markdown: one paragraph per line of the report. */
  body: string;
  captions: string[];
  removed: RemovedEntry[];
  warnings: ImportWarning[];
  /** The Chinese text was Traditional and was converted to Simplified. */
  convertedFromTraditional: boolean;
  /** How many pinyin readings ("當(dāng)") were removed from Chinese text. */
  pinyinRemoved: number;
  /** The report's lines in order (normalised, pinyin readings removed), each with its removal reason. */
  lines: ReviewedLine[];
};

export type ImportOptions = { name?: string; locale?: Locale };

/** A document, or why its file was refused (empty, too large, binary, unknown encoding). */
export type ImportOutcome = { ok: true; document: ImportedDocument } | { ok: false; error: ImportError };

const LOW_CONFIDENCE = 0.5;
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/**
 * One raw report, as bytes of a file or pasted text, through every step: decode, normalise, remove
 * pinyin readings, remove junk lines (kept with their reasons), detect the language (unless the
 * editor chose it), convert Traditional Chinese to Simplified, extract title, summary and body,
 * and flag corruption for the editor. Pure: reads nothing, writes nothing.
 */
export function importDocument(input: Uint8Array | string, options: ImportOptions = {}): ImportedDocument {
  const name = options.name ?? 'pasted text';
  const decoded = typeof input === 'string' ? { text: input, encoding: 'text' } : decodeBytes(input, name);
  const removed: RemovedEntry[] = [];
  let text = normalizeText(decoded.text);
  let pinyinRemoved = 0;
  if (hasHan(text)) {
    const pinyin = removePinyinAnnotations(text);
    if (pinyin.removed > 0) removed.push({ line: `${pinyin.removed} pinyin readings such as “當(dāng)”`, reason: 'pinyin-annotation' });
    text = pinyin.text;
    pinyinRemoved = pinyin.removed;
  }
  const junk = removeJunk(text.split('\n').filter((line) => line !== ''));
  // Not push(...list): a pasted text of a few hundred thousand junk lines overflows the call stack.
  for (const entry of junk.removed) removed.push(entry);

  const detected = detectLanguage(junk.kept.join('\n'));
  const locale = options.locale ?? detected.locale;
  const confidence = options.locale ? 1 : detected.confidence;
  const warnings: ImportWarning[] = [];
  let lines = junk.kept;
  let captions = junk.captions;
  let convertedFromTraditional = false;
  if (locale === 'zh') {
    convertedFromTraditional = isTraditional(lines.join(''));
    const toChinese = (line: string) => applyChinesePunctuation(convertedFromTraditional ? convertToSimplified(line) : line);
    lines = lines.map(toChinese);
    captions = captions.map(toChinese);
  }
  const extracted = extractText(lines, locale ?? 'en');
  // A heading over two lines is joined into one title: punctuation at the join ("…计划" + ":0") is Chinese too.
  if (locale === 'zh') extracted.title = applyChinesePunctuation(extracted.title);

  if (!options.locale && (locale === null || confidence < LOW_CONFIDENCE)) {
    warnings.push({ code: 'language-uncertain', message: 'The language could not be recognised with confidence; choose it.', position: null });
  }
  if (extracted.body.trim() === '') warnings.push({ code: 'empty-body', message: 'No text is left after cleaning.', position: null });
  const isChinese = locale === 'zh';
  for (const warning of findCorruption(extracted.title, isChinese)) warnings.push({ ...warning, message: `Title: ${warning.message}`, position: null, inTitle: true });
  for (const warning of findCorruption(extracted.body, isChinese)) warnings.push(warning);

  return {
    name,
    encoding: decoded.encoding,
    locale,
    confidence,
    ...extracted,
    captions,
    removed,
    warnings,
    convertedFromTraditional,
    pinyinRemoved,
    lines: junk.reviewed,
  };
}

/** importDocument with a refused file as a value instead of an exception, for callers that go on with the next. */
export function tryImportDocument(input: Uint8Array | string, options: ImportOptions = {}): ImportOutcome {
  try {
    return { ok: true, document: importDocument(input, options) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error };
    throw error;
  }
}
