import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from '../testing/hostile-values';
import { applyChinesePunctuation, convertToSimplified, removePinyinAnnotations } from './chinese';
import { reportText } from './fixtures/report-arbitrary';
import { tryImportDocument, type ImportedDocument } from './import-document';
import { normalizeText } from './normalize';

// Properties of the whole pipeline: it answers every input with a document or a reason, cleaning
// its own output changes nothing, and no line of a report gets lost. The hostile texts reach two
// million characters: the time limits allow for a busy machine.

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes.set(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8], 2 + index * 2);
  }
  return bytes;
};
const withPrefix = (prefix: readonly number[], bytes: Uint8Array) => Uint8Array.from([...prefix, ...bytes]);

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 500 })).map(([bom, bytes]) => withPrefix(bom, bytes)),
  fc.oneof(reportText, hostileString).map((text) => new TextEncoder().encode(text)),
  fc.tuple(reportText, fc.boolean()).map(([text, bigEndian]) => utf16(text, bigEndian)),
  // Valid UTF-8 with a few bytes overwritten: mostly text, partly broken.
  fc.tuple(reportText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 })).map(([text, damage]) => {
    const bytes = new TextEncoder().encode(text);
    for (const [position, byte] of damage) if (bytes.length > 0) bytes[position % bytes.length] = byte;
    return bytes;
  }),
);

const importOk = (input: string): ImportedDocument => {
  const outcome = tryImportDocument(input);
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
  return outcome.document;
};
const paragraphsOf = (body: string) => (body === '' ? [] : body.split('\n\n').map((paragraph) => paragraph.replace(/\\(.)/gu, '$1')));
const keptLines = (document: ImportedDocument) => document.lines.filter(({ reason }) => reason === null).map(({ text }) => text);
/** The text as the pipeline's last steps leave it: Chinese converted and punctuated, other languages as they are. */
const finished = (document: ImportedDocument) => (line: string) =>
  document.locale === 'zh' ? applyChinesePunctuation(document.convertedFromTraditional ? convertToSimplified(line) : line) : line;

describe('importDocument on any input', () => {
  it('answers any text with a document, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, reportText), (text) => {
        expect(tryImportDocument(text).ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('answers any bytes with a document or the reason the file is refused', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const outcome = tryImportDocument(bytes, { name: 'report.txt' });
        if (!outcome.ok) {
          expect(['empty', 'binary', 'encoding', 'too-large']).toContain(outcome.error.reason);
          expect(outcome.error.message).toMatch(/^report\.txt /u);
        } else {
          expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'windows-1252']).toContain(outcome.document.encoding);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('importDocument on reports', () => {
  it('changes nothing when it cleans its own title and body again', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const first = importOk(text);
        const body = paragraphsOf(first.body);
        const hasHeading = keptLines(first).length > body.length;
        const again = importOk([...(hasHeading ? [first.title] : []), ...body].join('\n'));
        expect({ title: again.title, body: again.body, removed: again.removed, captions: again.captions }).toEqual({
          title: first.title,
          body: first.body,
          removed: [],
          captions: [],
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('keeps every line of the report in the title, the body or the captions, or lists it as removed', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: reportText }, { weight: 1, arbitrary: hostileString }), (text) => {
        const document = importOk(text);
        const normalized = normalizeText(text);
        const expectedLines = (/\p{Script=Han}/u.test(normalized) ? removePinyinAnnotations(normalized).text : normalized).split('\n').filter((line) => line !== '');
        expect(document.lines.map(({ text: line }) => line)).toEqual(expectedLines);

        const finish = finished(document);
        const kept = keptLines(document).map(finish);
        const body = paragraphsOf(document.body);
        const headingLines = kept.slice(0, kept.length - body.length);
        expect(kept.slice(headingLines.length)).toEqual(body);
        const heading = headingLines.join(document.locale === 'zh' ? '' : ': ');
        if (headingLines.length > 0) expect(document.title).toBe(document.locale === 'zh' ? applyChinesePunctuation(heading) : heading);

        const removed = document.lines.flatMap(({ text: line, reason }) => (reason === null ? [] : [{ line, reason }]));
        expect(document.removed.filter(({ reason }) => reason !== 'pinyin-annotation')).toEqual(removed);
        const captions = document.lines.filter(({ reason }) => reason === 'photo-caption').map(({ text: line }) => finish(line));
        expect(document.captions).toEqual(captions);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
