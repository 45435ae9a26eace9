// Spaces that render like a space (no-break, en/em and thin spaces, ideographic space) and
// characters that render as nothing (zero-width space/joiners, a BOM in the middle, soft hyphen).
const oddSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const invisible = /[\u200B\u2060\uFEFF\u00AD]/g;
// Direction marks (left-to-right, right-to-left, Arabic letter mark) that Arabic pages put at the ends
// of lines: they hide a line from the junk rules, and the page sets the text's direction anyway.
const edgeDirectionMarks = /^[\u200E\u200F\u061C]+|[\u200E\u200F\u061C]+$/gu;
// Bullets and list marks that web pages put in front of lines.
const leadingBullet = /^(?:[•·▪▫◦‣∙●○■□►▶–—-]|\*)\s+/u;

/**
 * Plain, predictable text: LF line ends, ordinary spaces, Unicode NFC, no indentation or stray
 * bullets, at most one blank line in a row, no blank lines at the ends. Paragraph structure (a blank
 * line or a line break) is kept.
 */
export function normalizeText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(invisible, '')
    .replace(oddSpaces, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\t/g, ' ').trim().replace(edgeDirectionMarks, '').trim().replace(leadingBullet, '').replace(/ {2,}/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
