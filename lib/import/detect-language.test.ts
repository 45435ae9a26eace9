import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

const samples: [string, string][] = [
  ['en', 'The sub-forum brought together heads of immigration and exit-entry authorities from 57 countries and regions to discuss migration governance and cooperation against cross-border crime.'],
  ['zh', '全球公共安全合作论坛（连云港）移民管理合作分论坛在江苏苏州举行，来自57个国家和地区的移民和出入境部门负责人出席会议，就移民治理开展交流。'],
  ['ru', 'Подфорум по сотрудничеству в области управления миграцией собрал руководителей миграционных ведомств из 57 стран и регионов для обсуждения миграционной политики.'],
  ['fr', 'Le sous-forum a réuni des responsables des services d’immigration de cinquante pays afin de renforcer la coopération internationale en matière de gouvernance des migrations.'],
  ['de', 'Das Unterforum brachte Leiter von Einwanderungs- und Grenzschutzbehörden aus 51 Ländern zusammen, um die Zusammenarbeit im Migrationsmanagement zu stärken.'],
  ['es', 'El subforo reunió a responsables de los departamentos de inmigración de cincuenta países para reforzar la cooperación internacional en la gobernanza de la migración.'],
  ['ar', 'جمع المنتدى الفرعي رؤساء وممثلي إدارات الهجرة والدخول والخروج من 57 دولة ومنطقة لمناقشة حوكمة الهجرة وتعزيز التعاون الدولي في هذا المجال.'],
];

describe('detectLanguage', () => {
  it.each(samples)('recognises %s with confidence', (locale, text) => {
    const detected = detectLanguage(text);
    expect(detected.locale).toBe(locale);
    expect(detected.confidence).toBeGreaterThan(0.3);
  });

  it('has little confidence in a few words and none in symbols', () => {
    expect(detectLanguage('Migration forum').confidence).toBeLessThan(0.3);
    expect(detectLanguage('!!! 123 ???')).toEqual({ locale: null, confidence: 0 });
  });
});
