import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The few mdast fields read here; every node has a type, leaves a value, images an alt text.
type MarkdownNode = { type: string; value?: string; alt?: string | null; children?: MarkdownNode[] };

const parser = unified().use(remarkParse).use(remarkGfm);

// Raw HTML is not text a reader sees (the renderer sanitises it away), and link or image URLs are
// not words of the announcement: both stay out of the index and the snippets.
const TEXT_NODES = new Set(['text', 'inlineCode', 'code']);
const BLOCK_NODES = new Set(['paragraph', 'heading', 'code', 'blockquote', 'listItem', 'tableRow', 'thematicBreak']);

function collect(node: MarkdownNode, out: string[]): void {
  if (TEXT_NODES.has(node.type) && node.value) out.push(node.value);
  if ((node.type === 'image' || node.type === 'imageReference') && node.alt) out.push(node.alt);
  if (node.type === 'break') out.push('\n');
  for (const child of node.children ?? []) collect(child, out);
  if (node.type === 'tableCell') out.push(' ');
  if (BLOCK_NODES.has(node.type)) out.push('\n');
}

/** The words a reader sees in a Markdown body, one block per line, without markup. */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  collect(parser.parse(markdown) as MarkdownNode, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
