import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proposeGroups } from './group';
import { importDocument } from './import-document';

const seedFiles = ['000_d228a7edf89d6eb3.txt', '001_33fb4347035f3d12.txt', '002_ea2a196cedd7ecc8.txt', '003_e408bdf1dee6f360.txt', '004_8c4ea2540a8b17a3.txt'];
const seeds = seedFiles.map((name) => importDocument(readFileSync(new URL(`../../prisma/seed/raw/${name}`, import.meta.url)), { name }));
const locales = (group: { members: { locale: string | null }[] }) => group.members.map((member) => member.locale).sort();

describe('proposeGroups', () => {
  it('puts the 2025 reports together and the 2024 reports together, with reasons', () => {
    const groups = proposeGroups(seeds);
    expect(groups.map(locales)).toEqual([
      ['de', 'fr'],
      ['en', 'ru', 'zh'],
    ]);
    expect(groups[0]?.reasons[0]).toBe('all mention the numbers 17, 18, 240');
    expect(groups[0]?.shared.numbers).toEqual(['17', '18', '240']);
    expect(groups[0]?.shared.names).toContain('Lianyungang');
    expect(groups[1]?.reasons[0]).toMatch(/2024.*57|57.*2024/);
  });

  it('never puts two documents of one language together', () => {
    const english = seeds[3];
    if (!english) throw new Error('seed missing');
    const groups = proposeGroups([english, { ...english, name: 'copy.txt' }]);
    expect(groups).toHaveLength(2);
  });

  it('keeps unrelated documents apart', () => {
    const groups = proposeGroups([
      { name: 'a', locale: 'en', title: 'Forum 2024', body: 'Held on 9 and 10 September with 57 countries and 300 guests.' },
      { name: 'b', locale: 'fr', title: 'Fête 1999', body: 'Le 3 mars, 12 villes et 45 invités.' },
    ]);
    expect(groups.map((group) => group.members.length)).toEqual([1, 1]);
    expect(groups[0]?.reasons).toEqual([]);
    expect(groups[0]?.shared).toEqual({ numbers: [], names: [] });
  });
});
