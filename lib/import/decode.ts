import { ImportError } from './import-error';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type Decoded = { text: string; encoding: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, newline, carriage return and form feed do not occur in text.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control > sample.length * 0.01;
}

type Candidate = { encoding: string; letters: RegExp };

// Legacy single-byte encodings we accept, each with the letters a real text in it is made of.
const legacyCandidates: Candidate[] = [
  { encoding: 'windows-1251', letters: /[\u0400-\u04FF]/u },
  { encoding: 'koi8-r', letters: /[\u0400-\u04FF]/u },
  { encoding: 'windows-1252', letters: /[\u00C0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E]/u },
];

/**
 * A legacy single-byte encoding is accepted only with confidence: (nearly) every non-ASCII byte
 * must decode to a letter of the candidate's script, and nine in ten of those letters must sit
 * inside words of three letters or more, which random bytes or the wrong code page rarely do.
 * Cyrillic code pages compete; the one whose text has more lowercase letters wins (KOI8-R read as
 * CP1251 gives mostly capitals).
 */
function decodeLegacy(bytes: Uint8Array): Decoded | null {
  const results: { decoded: Decoded; score: number }[] = [];
  for (const candidate of legacyCandidates) {
    const text = decodeStrict(candidate.encoding, bytes);
    if (text === null) continue;
    const nonAscii = [...text].filter((char) => char.charCodeAt(0) > 127);
    if (nonAscii.length === 0) continue;
    const letters = nonAscii.filter((char) => candidate.letters.test(char));
    if (letters.length / nonAscii.length < 0.98) continue;
    const inWords = [...(text.match(/\p{L}{3,}/gu)?.join('') ?? '')].filter((char) => candidate.letters.test(char)).length;
    if (inWords < letters.length * 0.9) continue;
    const lowercase = letters.filter((char) => char === char.toLowerCase() && char !== char.toUpperCase()).length;
    results.push({ decoded: { text, encoding: candidate.encoding }, score: lowercase / letters.length });
  }
  results.sort((a, b) => b.score - a.score);
  const best = results[0];
  return best && best.score >= 0.6 ? best.decoded : null;
}

/**
 * Text from the bytes of an uploaded file: UTF-8 (with or without BOM), UTF-16 with a BOM, or a
 * legacy single-byte encoding recognised with confidence. Anything else is refused with a reason:
 * guessing would store replacement characters (U+FFFD) in place of the reporter's words.
 */
export function decodeBytes(bytes: Uint8Array, name = 'the file'): Decoded {
  if (bytes.length === 0) throw new ImportError(`${name} is empty.`, 'empty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`${name} is larger than 2 MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB).`, 'too-large');
  }
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text === null) throw new ImportError(`${name} starts as UTF-8 but contains invalid UTF-8 bytes.`, 'encoding');
    return { text, encoding: 'utf-8' };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!hasPrefix(bytes, [...bom])) continue;
    const text = decodeStrict(encoding, bytes.subarray(2));
    if (text === null) throw new ImportError(`${name} starts as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}.`, 'encoding');
    return { text, encoding };
  }
  if (looksBinary(bytes)) throw new ImportError(`${name} is a binary file, not text.`, 'binary');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const legacy = decodeLegacy(bytes);
    if (legacy) return legacy;
    throw new ImportError(
      `${name} is not UTF-8 and its encoding cannot be recognised with confidence; save it as UTF-8 and try again.`,
      'encoding',
    );
  }
}
