import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';

const messagesDir = join(process.cwd(), 'messages');

function readMessages(locale: string): unknown {
  return JSON.parse(readFileSync(join(messagesDir, `${locale}.json`), 'utf8'));
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function emptyStrings(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => emptyStrings(child, prefix ? `${prefix}.${key}` : key));
}

const sourceKeys = keyPaths(readMessages('en')).sort();

describe('UI messages', () => {
  it('has exactly one messages file per configured locale', () => {
    const files = readdirSync(messagesDir).filter((name) => name.endsWith('.json'));
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...locales].sort());
  });

  it.each(locales.filter((locale) => locale !== 'en'))('%s has every key of en.json and no others', (locale) => {
    expect(keyPaths(readMessages(locale)).sort()).toEqual(sourceKeys);
  });

  it.each([...locales])('%s has no empty message', (locale) => {
    expect(emptyStrings(readMessages(locale))).toEqual([]);
  });
});
