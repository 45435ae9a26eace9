import { slugFromTitle } from '../editor/slug';
import type { Locale } from '../i18n/locales';
import { proposeGroups } from './group';
import { ImportError } from './import-error';
import { tryImportDocument, type ImportedDocument } from './import-document';
import type { ReviewedLine } from './junk';

// What the import screen shows of a batch before anything is written: every document cleaned, with
// its lines, warnings and status, and the proposed announcements. Pure, like the pipeline.

export type ImportSource = { name: string; content: Uint8Array | string };

export type PreviewStatus = 'ready' | 'warnings' | 'failed';

/** One thing for the editor to check; `code` names its text in the EditorImport messages. */
export type PreviewWarning = { code: string; excerpt?: string; line?: number; column?: number; inTitle?: boolean; count?: number };

export type DocumentText = { locale: Locale | null; title: string; summary: string; body: string; slug: string };

export type DocumentPreview = DocumentText & {
  key: string;
  name: string;
  status: PreviewStatus;
  /** Why a failed document was refused; its size in bytes for 'too-large'. */
  failure?: { reason: ImportError['reason']; bytes: number };
  encoding: string;
  confidence: number;
  captions: string[];
  lines: ReviewedLine[];
  warnings: PreviewWarning[];
};

export type PreviewGroup = { keys: string[]; numbers: string[]; names: string[] };

export type ImportPreview = { documents: DocumentPreview[]; groups: PreviewGroup[] };

function warningsOf(document: ImportedDocument): PreviewWarning[] {
  const warnings: PreviewWarning[] = document.warnings.map(({ code, excerpt, position, inTitle }) => ({
    code,
    ...(excerpt !== undefined ? { excerpt } : {}),
    ...(position ? { line: position.line, column: position.column } : {}),
    ...(inTitle ? { inTitle } : {}),
  }));
  if (document.convertedFromTraditional) warnings.push({ code: 'traditional-converted' });
  if (document.pinyinRemoved > 0) warnings.push({ code: 'pinyin-removed', count: document.pinyinRemoved });
  return warnings;
}

function previewOf(key: string, source: ImportSource): DocumentPreview {
  const size = typeof source.content === 'string' ? source.content.length : source.content.byteLength;
  const outcome = tryImportDocument(source.content, { name: source.name || 'pasted text' });
  if (!outcome.ok) {
    const empty = { locale: null, title: '', summary: '', body: '', slug: '', encoding: '', confidence: 0, captions: [], lines: [], warnings: [] };
    return { key, name: source.name, status: 'failed', failure: { reason: outcome.error.reason, bytes: size }, ...empty };
  }
  const { document } = outcome;
  const warnings = warningsOf(document);
  const { locale, title, summary, body, encoding, confidence, captions, lines } = document;
  const status: PreviewStatus = warnings.length > 0 || locale === null ? 'warnings' : 'ready';
  return { key, name: source.name, status, locale, title, summary, body, slug: slugFromTitle(title), encoding, confidence, captions, lines, warnings };
}

/**
 * Cleans every source (one refused file does not stop the others) and proposes which readable ones
 * are translations of one announcement, at most one per language.
 */
export function previewBatch(sources: readonly ImportSource[]): ImportPreview {
  const documents = sources.map((source, index) => previewOf(String(index), source));
  const readable = documents.filter((document) => document.status !== 'failed');
  const groups = proposeGroups(readable.map(({ key, locale, title, body }) => ({ name: key, locale, title, body }))).map((group) => ({
    keys: group.members.map((member) => member.name),
    numbers: group.shared.numbers,
    names: group.shared.names,
  }));
  return { documents, groups };
}
