import { slugify } from 'transliteration';
import { SLUG_MAX, SLUG_PATTERN } from './schema';

/**
 * A URL slug made from a title in any script: Cyrillic and Arabic letters are transliterated,
 * Chinese characters become pinyin syllables (the `transliteration` package's tables). What the
 * tables leave as symbols is dropped, so the result always matches SLUG_PATTERN or is empty.
 */
export function slugFromTitle(title: string): string {
  const transliterated = slugify(title, { lowercase: true, separator: '-', trim: true });
  const cleaned = transliterated
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return SLUG_PATTERN.test(cleaned) ? cleaned : '';
}

/** `base`, then `base-2`, `base-3`…: the first candidate `isTaken` refuses not. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const stem = base === '' ? 'announcement' : base;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${stem.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
