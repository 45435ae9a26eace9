import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Markdown → HTML that is safe to put into a page. Isomorphic and pure (no Node or browser API), so
// the public pages and the editor's preview render the same text the same way.

export type MarkdownLabels = {
  /** Heading of the footnotes section (read by screen readers only), in the page's UI language. */
  footnotes: string;
  /** Label of the link from a footnote back to its reference. */
  backToContent: string;
};

const englishLabels: MarkdownLabels = { footnotes: 'Footnotes', backToContent: 'Back to content' };

// rehype-sanitize prefixes every id (and aria reference) with this, so a text cannot clobber the
// page's own ids; links to a place in the text must carry the same prefix to keep working.
const idPrefix = 'user-content-';

// The part of a HTML syntax tree (hast) this file touches.
type TreeNode = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
};

function adjustElement(node: TreeNode): void {
  if (node.type !== 'element') return;
  // The page's title is its only <h1>: a body's "# Heading" becomes <h2>, and so on down to <h6>.
  const level = /^h([1-6])$/.exec(node.tagName ?? '')?.[1];
  if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
  const href = node.properties?.href;
  if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${idPrefix}`)) {
    node.properties = { ...node.properties, href: `#${idPrefix}${href.slice(1)}` };
  }
}

function walk(node: TreeNode): void {
  adjustElement(node);
  node.children?.forEach(walk);
}

// Runs after sanitizing, on trusted structure only: it renames tags and prefixes fragment links.
function adjustSanitizedTree() {
  return (tree: TreeNode) => walk(tree);
}

function createProcessor(labels: MarkdownLabels) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML in the Markdown is dropped here (no allowDangerousHtml): it never reaches the page.
    .use(remarkRehype, {
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: labels.backToContent,
      // Ids are prefixed once, by rehype-sanitize below, not here as well.
      clobberPrefix: '',
    })
    // GitHub's allow-list: no scripts, no event handlers, no javascript: or data: URLs, and ids
    // prefixed with "user-content-" so the text cannot clobber the page's own ids.
    .use(rehypeSanitize)
    .use(adjustSanitizedTree)
    .use(rehypeStringify);
}

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function processorFor(labels: MarkdownLabels): ReturnType<typeof createProcessor> {
  const key = `${labels.footnotes}\u0000${labels.backToContent}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(labels);
    processors.set(key, processor);
  }
  return processor;
}

/** Renders Markdown (with GitHub extensions) to sanitized HTML. */
export function renderMarkdown(markdown: string, labels: MarkdownLabels = englishLabels): string {
  return String(processorFor(labels).processSync(markdown));
}
