// The Markdown toolbar's edits as pure functions of the text and its selection, so they can be
// tested without a browser. Each command toggles: applied to text that already has the markup, it
// removes it instead of adding it again.

export const markdownCommands = ['bold', 'italic', 'heading', 'link', 'bulletList', 'numberedList', 'quote'] as const;
export type MarkdownCommand = (typeof markdownCommands)[number];

/** A textarea's value and selection (start ≤ end, offsets in UTF-16 code units as the DOM gives them). */
export type TextSelection = { value: string; start: number; end: number };

// `*` rather than `_`: CommonMark does not emphasise with `_` inside a word, and Chinese or
// Japanese text has no spaces between words.
const inlineMarkers = { bold: '**', italic: '*' } as const;

const linePrefixes = {
  heading: { pattern: /^#{1,6}[ \t]+/, prefix: () => '## ' },
  bulletList: { pattern: /^[-*+][ \t]+/, prefix: () => '- ' },
  numberedList: { pattern: /^\d{1,9}[.)][ \t]+/, prefix: (index: number) => `${index + 1}. ` },
  quote: { pattern: /^>[ \t]?/, prefix: () => '> ' },
} as const;

const listSwaps = { bulletList: linePrefixes.numberedList.pattern, numberedList: linePrefixes.bulletList.pattern } as const;

function toggleInline(selection: TextSelection, marker: string): TextSelection {
  const { value, start, end } = selection;
  const before = value.slice(0, start);
  const after = value.slice(end);
  if (before.endsWith(marker) && after.startsWith(marker)) {
    const unwrapped = before.slice(0, -marker.length) + value.slice(start, end) + after.slice(marker.length);
    return { value: unwrapped, start: start - marker.length, end: end - marker.length };
  }
  // Spaces selected along with a word stay outside the markers: "**word** " is emphasis, "**word **" is not.
  const selected = value.slice(start, end);
  const inner = selected.trim();
  const lead = inner === '' ? selected.length : selected.indexOf(inner);
  const innerStart = start + lead;
  const innerEnd = innerStart + inner.length;
  const wrapped = value.slice(0, innerStart) + marker + inner + marker + value.slice(innerEnd);
  return { value: wrapped, start: innerStart + marker.length, end: innerEnd + marker.length };
}

function insertLink(selection: TextSelection): TextSelection {
  const { value, start, end } = selection;
  const text = value.slice(start, end);
  const url = 'https://';
  const inserted = `[${text}](${url})`;
  const next = value.slice(0, start) + inserted + value.slice(end);
  // With a link text selected, the address is what is left to type; without one, the text.
  if (text === '') return { value: next, start: start + 1, end: start + 1 };
  const urlStart = start + text.length + 3;
  return { value: next, start: urlStart, end: urlStart + url.length };
}

function toggleLinePrefix(selection: TextSelection, command: keyof typeof linePrefixes): TextSelection {
  const { value, start, end } = selection;
  const { pattern, prefix } = linePrefixes[command];
  // The whole lines the selection touches (a selection ending at a line's start leaves that line out).
  const blockStart = value.lastIndexOf('\n', start - 1) + 1;
  const lastChar = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const newline = value.indexOf('\n', lastChar);
  const blockEnd = newline === -1 ? value.length : newline;
  const lines = value.slice(blockStart, blockEnd).split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const remove = filled.length > 0 && filled.every((line) => pattern.test(line));
  let index = 0;
  const changed = lines.map((line) => {
    if (remove) return line.replace(pattern, '');
    if (line.trim() === '' && filled.length > 0) return line;
    // A bulleted item becoming a numbered one (or back) changes its marker rather than getting two.
    const bare = command in listSwaps ? line.replace(listSwaps[command as keyof typeof listSwaps], '') : line;
    return prefix(index++) + bare;
  });
  const block = changed.join('\n');
  const next = value.slice(0, blockStart) + block + value.slice(blockEnd);
  if (start === end && lines.length === 1) {
    const cursor = Math.max(blockStart, start + block.length - lines[0]!.length);
    return { value: next, start: cursor, end: cursor };
  }
  return { value: next, start: blockStart, end: blockStart + block.length };
}

/** The text and selection after applying a toolbar command to `selection`. */
export function applyMarkdownCommand(command: MarkdownCommand, selection: TextSelection): TextSelection {
  if (command === 'bold' || command === 'italic') return toggleInline(selection, inlineMarkers[command]);
  if (command === 'link') return insertLink(selection);
  return toggleLinePrefix(selection, command);
}
