import { describe, expect, it } from 'vitest';
import { dirtyAr } from './fixtures/dirty-ar';
import { dirtyDe } from './fixtures/dirty-de';
import { dirtyEn } from './fixtures/dirty-en';
import { dirtyEs } from './fixtures/dirty-es';
import type { DirtyFixture } from './fixtures/dirty-fixture';
import { dirtyFr } from './fixtures/dirty-fr';
import { dirtyRu } from './fixtures/dirty-ru';
import { dirtyTraditionalZh, dirtyZh } from './fixtures/dirty-zh';
import { importDocument } from './import-document';
import { normalizeText } from './normalize';

// A dirty report written for each configured locale, with every rule that applies in its language.
const fixtures: DirtyFixture[] = [dirtyEn, dirtyZh, dirtyTraditionalZh, dirtyRu, dirtyFr, dirtyDe, dirtyEs, dirtyAr];
const unescape = (paragraph: string) => paragraph.replace(/\\(.)/gu, '$1');

describe.each(fixtures)('dirty report in $locale: $title', (fixture) => {
  const result = importDocument(fixture.lines.map(([, line]) => line).join('\n'));
  const textLines = fixture.lines.filter(([expected]) => expected === 'text').map(([, line]) => line);

  it('is recognised in its language, with its heading as title', () => {
    expect(result.locale).toBe(fixture.locale);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.title).toBe(fixture.title);
  });

  it('decides every line as expected', () => {
    expect(result.lines.map(({ reason }) => reason ?? 'text')).toEqual(fixture.lines.map(([expected]) => expected));
  });

  it('keeps the text lines as the body and the captions apart', () => {
    expect(result.body.split('\n\n').map(unescape)).toEqual(fixture.body ?? textLines.slice(1));
    const captions = fixture.lines.filter(([expected]) => expected === 'photo-caption').map(([, line]) => line);
    expect(result.captions).toEqual(fixture.captions ?? captions);
  });

  it('lists every removed line with its reason', () => {
    const removed = fixture.lines.flatMap(([reason, line]) => (reason === 'text' ? [] : [{ line: normalizeText(line), reason }]));
    expect(result.removed.filter(({ reason }) => reason !== 'pinyin-annotation')).toEqual(removed);
  });

  it('warns about corruption only where there is some', () => {
    expect(result.warnings.map(({ code }) => code)).toEqual(fixture.warnings ?? []);
  });
});
