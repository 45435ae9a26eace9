// A deliberately tiny front-matter format (`key: value` lines between `---` fences) instead of YAML: the
// demo files only need plain strings, and a YAML parser would be one more dependency for four fields.
export type FrontMatterDocument = { fields: Record<string, string>; body: string };

const fence = '---';

export function parseFrontMatter(text: string, fileName: string): FrontMatterDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== fence) throw new Error(`${fileName}: must start with a "${fence}" line`);
  const end = lines.indexOf(fence, 1);
  if (end === -1) throw new Error(`${fileName}: the front matter has no closing "${fence}" line`);

  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${fileName}: front-matter line is not "key: value": ${line}`);
    const key = line.slice(0, colon).trim();
    if (key in fields) throw new Error(`${fileName}: "${key}" is given twice`);
    fields[key] = line.slice(colon + 1).trim();
  }
  return { fields, body: lines.slice(end + 1).join('\n').trim() };
}
