import { describe, expect, it } from 'vitest';
import { joinSegments, segmentForSearch } from './segment';

describe('segmentForSearch', () => {
  it.each([
    ['移民管理', '移民 管理'],
    ['国际移民组织', '国际 移民 组织'],
    ['移民管理合作分论坛（连云港）', '移民 管理 合作 分 论坛 （ 连云港 ）'],
    ['2024年全球', '2024 年 全球'],
    ['Forum论坛', 'Forum 论坛'],
  ])('cuts %j into words', (text, expected) => {
    expect(segmentForSearch(text, 'zh')).toBe(expected);
  });

  it('segments Chinese inside text of another locale', () => {
    expect(segmentForSearch('Форум «移民管理»', 'ru')).toBe('Форум «移民 管理»');
  });

  it('keeps web search operators next to Chinese words', () => {
    expect(segmentForSearch('-移民 "移民管理" or 论坛', 'zh')).toBe('-移民 "移民 管理" or 论坛');
  });

  it.each(['', 'migration policy', 'миграционная политика', 'الهجرة', 'Migrationsmanagements!'])(
    'leaves space-separated text %j alone',
    (text) => {
      expect(segmentForSearch(text, 'en')).toBe(text);
    },
  );
});

describe('joinSegments', () => {
  it('removes the spaces segmentation put between Chinese words and punctuation', () => {
    expect(joinSegments('移民 管理 合作 分 论坛 （ 连云港 ）')).toBe('移民管理合作分论坛（连云港）');
  });

  it('sees through highlight marks', () => {
    expect(joinSegments('的 \uE000移民\uE001 \uE000管理\uE001 部门')).toBe('的\uE000移民\uE001\uE000管理\uE001部门');
  });

  it('joins digits to Chinese as Chinese is written', () => {
    expect(joinSegments('来自 57 个 国家 ， 9 月 10 日')).toBe('来自57个国家，9月10日');
  });

  it('keeps spaces next to Latin letters and between other words', () => {
    expect(joinSegments('Forum 论坛 and 2024 more')).toBe('Forum 论坛 and 2024 more');
  });

  it('round-trips Chinese text', () => {
    const text = '全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明。';
    expect(joinSegments(segmentForSearch(text, 'zh'))).toBe(text);
  });
});
