import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const long = (start: string) =>
  `${start} The sub-forum brought together heads of immigration authorities from many countries and regions. They discussed migration governance and border security in depth over two days.`;

describe('extractText', () => {
  it('takes the heading line as the title and the first sentences as the summary', () => {
    const result = extractText(['Sub-Forum Kicks off in Suzhou', long('On 9 September.'), long('Later.')], 'en');
    expect(result.title).toBe('Sub-Forum Kicks off in Suzhou');
    expect(result.summary.startsWith('On 9 September. The sub-forum brought together')).toBe(true);
    expect(result.summary.length).toBeLessThanOrEqual(300);
    expect(result.body.split('\n\n')).toHaveLength(2);
  });

  it('joins a Chinese heading over two lines and keeps the dateline in the body', () => {
    const result = extractText(['全球公共安全合作论坛（连云港）', '移民管理合作分论坛主席声明', '（2024年9月10日，中国苏州）', '一、分论坛在中国苏州举行。来自57个国家地区的代表出席。'], 'zh');
    expect(result.title).toBe('全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明');
    expect(result.body.startsWith('（2024年9月10日，中国苏州）\n\n一、')).toBe(true);
    expect(result.summary).toBe('一、分论坛在中国苏州举行。来自57个国家地区的代表出席。');
  });

  it('takes only the first of more than three short lines at the top as the title', () => {
    const result = extractText(['Forum in Lianyungang', 'Border police', 'Training', 'Lianyungang, 17 September', long('On 17 September.')], 'en');
    expect(result.title).toBe('Forum in Lianyungang');
    expect(result.body.split('\n\n')).toHaveLength(4);
    expect(extractText(['Forum in Lianyungang', 'Border police', 'Training', long('On 17 September.')], 'en').title).toBe('Forum in Lianyungang: Border police: Training');
  });

  it('stops a heading before its lines joined are as long as a paragraph', () => {
    const line = 'Les chefs des polices aux frontières adoptent un programme de formation commun à Lianyungang';
    const result = extractText([line, line.toUpperCase(), 'Concert de printemps : les billets sont en vente'], 'fr');
    expect(result.title).toBe(`${line}: ${line.toUpperCase()}`);
    expect(result.body).toBe('Concert de printemps : les billets sont en vente');
  });

  it('uses the first sentence as the title when the report has no heading', () => {
    const result = extractText([long('Das Forum fand in Lianyungang statt.')], 'de');
    expect(result.title).toBe('Das Forum fand in Lianyungang statt');
  });

  it('shortens an overlong first sentence at a word boundary', () => {
    const sentence = `${'word '.repeat(60)}end.`;
    const { title } = extractText([sentence], 'en');
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(150);
  });

  it('escapes what Markdown would read as markup', () => {
    const { body } = extractText(['Title', '1. Not a list.', '# not a heading.', 'a <b>bold</b> *claim*.'], 'en');
    expect(body).toBe('1\\. Not a list.\n\n\\# not a heading.\n\na \\<b\\>bold\\</b\\> \\*claim\\*.');
  });
});
