import { describe, expect, it } from 'vitest';
import { decodeBytes, MAX_IMPORT_BYTES } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function singleByte(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

const cp1251: Record<string, number> = Object.fromEntries(
  [...'абвгдежзийклмнопрстуфхцчшщъыьэюя'].map((char, index) => [char, 0xe0 + index]),
);
const latin1: Record<string, number> = { é: 0xe9, è: 0xe8, ü: 0xfc, ö: 0xf6, ä: 0xe4, ß: 0xdf };

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8('移民管理'))).toEqual({ text: '移民管理', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Forum')]))).toEqual({ text: 'Forum', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM in both byte orders', () => {
    expect(decodeBytes(utf16('Миграция 移民', true)).text).toBe('Миграция 移民');
    expect(decodeBytes(utf16('Миграция 移民', false)).text).toBe('Миграция 移民');
  });

  it('recognises Windows-1251 Russian and Latin-1 German text', () => {
    const russian = 'миграция и безопасность границ в регионе';
    expect(decodeBytes(singleByte(russian, cp1251))).toEqual({ text: russian, encoding: 'windows-1251' });
    const german = 'Grenzschutzbehörden für Migrationsmanagement, schließlich Übergänge';
    const decoded = decodeBytes(singleByte(german.replace('Ü', 'ü'), latin1));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Grenzschutzbehörden für');
  });

  it('refuses empty, oversized and binary files, naming the file', () => {
    expect(() => decodeBytes(new Uint8Array(), 'a.txt')).toThrow('a.txt is empty.');
    expect(() => decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65), 'big.txt')).toThrow(/big\.txt is larger than 2 MB/);
    expect(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.png')).toThrow(
      'photo.png is a binary file, not text.',
    );
  });

  it('refuses bytes it cannot read with confidence instead of inserting U+FFFD', () => {
    const noise = Uint8Array.from([0x41, 0x9d, 0x81, 0x8d, 0x20, 0x42, 0x90, 0x8f]);
    expect(() => decodeBytes(noise, 'x.txt')).toThrow(/cannot be recognised with confidence/);
    expect(() => decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0x41]), 'y.txt')).toThrow(/invalid UTF-8/);
  });
});
