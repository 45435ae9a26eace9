import { describe, expect, it } from 'vitest';
import { recleanForLocale } from './reclean';

const traditional = {
  title: '移民管理合作分論壇主席聲明',
  summary: '',
  body: '全球公共安全合作論壇(連雲港)移民管理合作分論壇在蘇州舉行,來自57個國家的代表出席。',
};

describe('recleanForLocale', () => {
  it('converts Traditional Chinese to Simplified, with Chinese punctuation, once the editor chooses Chinese', () => {
    const recleaned = recleanForLocale(traditional, 'zh');
    expect(recleaned).toMatchObject({ rerun: true, convertedFromTraditional: true, title: '移民管理合作分论坛主席声明' });
    expect(recleaned.body).toBe('全球公共安全合作论坛（连云港）移民管理合作分论坛在苏州举行，来自57个国家的代表出席。');
  });

  it('leaves Simplified text as it is, and has nothing to run again for other languages', () => {
    const simplified = { title: '移民管理合作分论坛主席声明', summary: '', body: '代表出席。' };
    expect(recleanForLocale(simplified, 'zh')).toEqual({ ...simplified, rerun: true, convertedFromTraditional: false });
    expect(recleanForLocale(traditional, 'ru')).toEqual({ ...traditional, rerun: false, convertedFromTraditional: false });
  });
});
