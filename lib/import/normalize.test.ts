import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('replaces odd spaces and removes invisible characters', () => {
    expect(normalizeText('Lian\u00A0yungang\u2009City\u3000港 zero\u200Bwidth')).toBe('Lian yungang City 港 zerowidth');
  });

  it('composes to NFC', () => {
    expect(normalizeText('Caf\u0065\u0301')).toBe('Caf\u00E9');
  });

  it('removes indentation, stray bullets and repeated spaces', () => {
    expect(normalizeText('    全球公共安全合作论坛\n  • (2024年9月10日)\n\t- item   one')).toBe('全球公共安全合作论坛\n(2024年9月10日)\nitem one');
  });

  it('keeps at most one blank line and none at the ends', () => {
    expect(normalizeText('\n\n\nfirst\n\n\n\nsecond\n \n\n')).toBe('first\n\nsecond');
  });

  it('keeps hyphenated words and negative numbers that are not bullets', () => {
    expect(normalizeText('-5 degrees\nwell-known')).toBe('-5 degrees\nwell-known');
  });

  it('drops direction marks at the ends of a line and keeps those inside it', () => {
    expect(normalizeText('\u200F الرئيسية > الأخبار\u200E\nالمنظمة الدولية للهجرة (IOM)\u200F.')).toBe('الرئيسية > الأخبار\nالمنظمة الدولية للهجرة (IOM)\u200F.');
  });
});
