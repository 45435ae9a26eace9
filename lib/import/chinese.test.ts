import { describe, expect, it } from 'vitest';
import { convertToSimplified, isTraditional, removePinyinAnnotations, applyChinesePunctuation } from './chinese';

describe('removePinyinAnnotations', () => {
  it('removes tone-marked readings after Han characters', () => {
    expect(removePinyinAnnotations('當(dāng)前位置,大會(huì)和國(guó)家')).toEqual({ text: '當前位置,大會和國家', removed: 3 });
    expect(removePinyinAnnotations('綜合(hé)執（zhí）法').text).toBe('綜合執法');
  });

  it('keeps bracketed Latin names and notes', () => {
    const text = '连云港(Lianyungang)举行论坛(IOM)';
    expect(removePinyinAnnotations(text)).toEqual({ text, removed: 0 });
  });
});

describe('Traditional to Simplified', () => {
  it('recognises Traditional text and converts it', () => {
    const traditional = '全球公共安全合作論壇移民管理合作分論壇主席聲明在中國蘇州舉行';
    expect(isTraditional(traditional)).toBe(true);
    expect(convertToSimplified(traditional)).toBe('全球公共安全合作论坛移民管理合作分论坛主席声明在中国苏州举行');
  });

  it('leaves Simplified text alone', () => {
    expect(isTraditional('全球公共安全合作论坛移民管理合作分论坛主席声明在中国苏州举行')).toBe(false);
    expect(isTraditional('短')).toBe(false);
  });
});

describe('applyChinesePunctuation', () => {
  it('uses full-width punctuation around Chinese words', () => {
    expect(applyChinesePunctuation('(2024年9月10日,中国苏州)')).toBe('（2024年9月10日，中国苏州）');
    expect(applyChinesePunctuation('论坛(连云港)举行:各方;代表')).toBe('论坛（连云港）举行：各方；代表');
  });

  it('leaves Latin text, numbers and question marks alone', () => {
    expect(applyChinesePunctuation('IOM (Geneva), 3,000 people: yes')).toBe('IOM (Geneva), 3,000 people: yes');
    expect(applyChinesePunctuation('奥尔戈?杜')).toBe('奥尔戈?杜');
  });
});
