import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSeedQuality } from './fixtures/seed-quality';
import { importDocument, type RemovedEntry } from './import-document';

// The five raw reports of the demo seed, with the exact result an editor gets from each.
const raw = (file: string) => readFileSync(new URL(`../../prisma/seed/raw/${file}`, import.meta.url));
/** Line `number` (1-based) of a raw report, as normalisation leaves it. */
const rawLine = (file: string, number: number) => raw(file).toString('utf8').split('\n')[number - 1]?.trim() ?? '';
const paragraphs = (body: string) => body.split('\n\n').map((paragraph) => paragraph.replace(/\\(.)/gu, '$1'));

type Expected = {
  file: string;
  locale: string;
  title: string;
  first: string;
  last: string;
  captions: string[];
  removed: RemovedEntry[];
  warnings: [string, number, number][];
};

const de = '000_d228a7edf89d6eb3.txt';
const fr = '001_33fb4347035f3d12.txt';
const ru = '002_ea2a196cedd7ecc8.txt';
const en = '003_e408bdf1dee6f360.txt';
const zh = '004_8c4ea2540a8b17a3.txt';
const ruCaption = rawLine(ru, 4);
const enGroupPhoto = rawLine(en, 6);
const enPhoto = rawLine(en, 8);

const seeds: Expected[] = [
  {
    file: de,
    locale: 'de',
    title: 'Das globale Forum für öffentliche Sicherheitskooperation 2025, das am 17. und 18. September in Lianyungang, Jiangsu, China, stattfindet, bringt mehr…',
    first: rawLine(de, 2),
    last: rawLine(de, 10),
    captions: [],
    removed: [
      {
        line: 'Es scheint, dass Sie Informationen zu einer Unternehmensregistrierung oder einem Lizenzcode bereitgestellt haben. Leider kann ich Ihnen mit dieser Art von Text nicht weiterhelfen. Wenn Sie Informationen oder einen bestimmten Inhalt benötigen, lassen Sie es mich bitte wissen!',
        reason: 'machine-apology',
      },
      { line: 'Stipendienvergabe bekannt gegeben für den Bachelorstudiengang Chinesisch (internationale Studierende), gültig bis 20. November 2025.', reason: 'trailing-headline' },
      { line: 'Am 12. November 2025 fand eine Feuerübung am internationalen Bildungsinstitut statt, um Brandschutzbewusstsein und Notfallfähigkeiten zu fördern.', reason: 'trailing-headline' },
    ],
    warnings: [],
  },
  {
    file: fr,
    locale: 'fr',
    title: 'Du 17 au 18 septembre, la ville de Lianyungang, dans la province du Jiangsu, a accueilli un sous-forum consacré à la coopération en matière de…',
    first: rawLine(fr, 1),
    last: rawLine(fr, 9),
    captions: [],
    removed: [
      { line: "Le Centre allemand de l'Université de Shanghai Jiao Tong redéfinit sa mission pour renforcer les échanges avec l'Allemagne.", reason: 'trailing-headline' },
      { line: "Liens divers pour l'éducation et les bourses de la Chine à l'international.", reason: 'trailing-headline' },
      { line: 'La Chine appelle à une coopération régionale sur la gestion des migrations pour garantir sécurité et développement.', reason: 'trailing-headline' },
    ],
    warnings: [],
  },
  {
    file: ru,
    locale: 'ru',
    title: rawLine(ru, 2),
    first: rawLine(ru, 3),
    last: rawLine(ru, 10),
    captions: [ruCaption],
    removed: [
      { line: '-', reason: 'separator' },
      { line: ruCaption, reason: 'photo-caption' },
      { line: ruCaption, reason: 'repeated' },
      { line: ruCaption, reason: 'repeated' },
      { line: '-', reason: 'separator' },
    ],
    warnings: [],
  },
  {
    file: en,
    locale: 'en',
    title:
      'Sub-Forum on Migration Management Cooperation of 2024 Conference of Global Public Security Cooperation Forum (Lianyungang) Kicks off in Suzhou, Jiangsu Province',
    first: rawLine(en, 5),
    last: rawLine(en, 12),
    captions: [enGroupPhoto, enPhoto],
    removed: [
      { line: 'Share on wechat', reason: 'share-widget' },
      { line: '×', reason: 'separator' },
      { line: 'Use wechat to "scan" to share the web page with your wechat friends.', reason: 'share-widget' },
      { line: enGroupPhoto, reason: 'photo-caption' },
      { line: enPhoto, reason: 'photo-caption' },
      { line: enPhoto, reason: 'repeated' },
    ],
    warnings: [],
  },
  {
    file: zh,
    locale: 'zh',
    title: '全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明',
    first: '（2024年9月10日，中国苏州）',
    last: '八、各方感谢中方举办本次分论坛，高度评价分论坛秘书处所作的不懈努力和周到安排，并期待继续加强交流合作。',
    captions: [],
    removed: [
      { line: '156 pinyin readings such as “當(dāng)”', reason: 'pinyin-annotation' },
      { line: '當前位置: 首頁 > 移民管理要聞正文', reason: 'breadcrumb' },
      { line: '国产精品无码加勒比在线,国产鲁鲁视频在线观看,在线无码国产观看播放网址,亚洲国产精品超碰', reason: 'seo-spam' },
    ],
    // The name of Angola's delegate is corrupted in the report: "奥尔戈?duì)拐ゑR塞洛".
    warnings: [
      ['question-mark-in-chinese', 5, 182],
      ['stray-pinyin', 5, 183],
      ['kana-in-chinese', 5, 188],
    ],
  },
];

describe.each(seeds)('seed report $file ($locale)', (expected) => {
  const result = importDocument(raw(expected.file), { name: expected.file });
  const body = paragraphs(result.body);

  it('is recognised in its language, with its title', () => {
    expect(result).toMatchObject({ locale: expected.locale, confidence: 1, encoding: 'utf-8', title: expected.title });
  });

  it('keeps the first and last paragraph of the report as the body’s ends', () => {
    expect(body[0]).toBe(expected.first);
    expect(body.at(-1)).toBe(expected.last);
  });

  it('removes exactly the junk lines, each with its reason, and keeps the captions apart', () => {
    expect(result.removed).toEqual(expected.removed);
    expect(result.captions).toEqual(expected.captions);
  });

  it('warns exactly where the text is corrupted', () => {
    expect(result.warnings.map(({ code, position }) => [code, position?.line, position?.column])).toEqual(expected.warnings);
  });
});

describe('seed reports against the hand-made labels', () => {
  const quality = measureSeedQuality();
  const total = (key: 'junkKept' | 'contentRemoved' | 'captionsMissed') => quality.reduce((sum, seed) => sum + seed[key], 0);
  const lines = quality.reduce((sum, seed) => sum + seed.lines, 0);

  it(`keeps 0 junk lines, removes 0 content lines, misses 0 captions in ${lines} lines of 5 reports`, () => {
    expect({ junkKept: total('junkKept'), contentRemoved: total('contentRemoved'), captionsMissed: total('captionsMissed') }).toEqual({
      junkKept: 0,
      contentRemoved: 0,
      captionsMissed: 0,
    });
  });

  for (const seed of quality) {
    it(`${seed.file}: junk kept ${seed.junkKept}, content removed ${seed.contentRemoved}, captions missed ${seed.captionsMissed}`, () => {
      expect(seed).toMatchObject({ junkKept: 0, contentRemoved: 0, captionsMissed: 0 });
    });
  }
});
