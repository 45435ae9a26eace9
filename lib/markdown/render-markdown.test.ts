import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

// Whatever the text, nothing in the output may run: no script element, no event-handler attribute,
// no javascript:/vbscript:/data: URL, no element that loads or embeds other documents.
function expectNothingExecutable(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|style|link|meta|form|svg|math|base)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src|action|formaction|srcset)\s*=\s*"\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
}

const hostile: Array<[string, string]> = [
  ['a script element', '<script>alert(1)</script>'],
  ['a script element inside a paragraph', 'Hello <script>alert(1)</script> world'],
  ['an event handler on raw HTML', '<img src="x" onerror="alert(1)">'],
  ['an event handler in a raw link', '<a href="https://example.org" onclick="alert(1)">x</a>'],
  ['a javascript: link', '[click](javascript:alert(1))'],
  ['a javascript: link with odd case and spaces', '[click]( JaVaScRiPt:alert(1) )'],
  ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
  ['a javascript: autolink', '<javascript:alert(1)>'],
  ['a javascript: reference link', '[x][1]\n\n[1]: javascript:alert(1)'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj4=)'],
  ['a data: link', '[x](data:text/html,<script>alert(1)</script>)'],
  ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ['an inline svg', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ['a style element', '<style>body{display:none}</style>'],
  ['a style attribute', '<p style="position:fixed;inset:0">x</p>'],
  ['a form', '<form action="https://evil.example"><input type="submit"></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['an html comment hiding a script', '<!-- --><script>alert(1)</script><!-- -->'],
  ['a broken tag', '<scr<script>ipt>alert(1)</script>'],
  ['a script in a table cell', '| a |\n| - |\n| <script>alert(1)</script> |'],
  ['a script in a footnote', 'x[^1]\n\n[^1]: <script>alert(1)</script>'],
];

describe('renderMarkdown: hostile input', () => {
  it.each(hostile)('neutralises %s', (_, markdown) => {
    expectNothingExecutable(renderMarkdown(markdown));
  });

  it('drops raw HTML rather than escaping it into visible tags', () => {
    const html = renderMarkdown('before <b onclick="x()">bold</b> after');
    expect(html).not.toContain('<b');
    expect(html).toContain('before');
    expect(html).toContain('after');
  });

  it('keeps the text of a javascript: link but not its target', () => {
    const html = renderMarkdown('[click me](javascript:alert(1))');
    expect(html).toContain('click me');
    expect(html).not.toContain('javascript');
  });

  it('prefixes ids so the text cannot clobber the page', () => {
    const html = renderMarkdown('x[^note]\n\n[^note]: a note');
    expect(html).not.toMatch(/\sid="(?!user-content-)/);
  });

  it('keeps footnote links pointing at ids that exist', () => {
    const html = renderMarkdown('x[^note] and [top](#fn-note)\n\n[^note]: a note');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(1);
    for (const target of targets) expect(ids.has(target), target).toBe(true);
  });
});

describe('renderMarkdown: ordinary text', () => {
  it('renders paragraphs, emphasis and links', () => {
    expect(renderMarkdown('Hello *world*, see [IOM](https://www.iom.int).')).toBe(
      '<p>Hello <em>world</em>, see <a href="https://www.iom.int">IOM</a>.</p>',
    );
  });

  it('keeps relative and mailto links', () => {
    expect(renderMarkdown('[a](/en/events) [b](mailto:press@example.org)')).toContain('href="/en/events"');
    expect(renderMarkdown('[b](mailto:press@example.org)')).toContain('href="mailto:press@example.org"');
  });

  it('renders GitHub tables and strikethrough', () => {
    const html = renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<del>old</del>');
  });

  it('demotes headings so the page title stays the only h1', () => {
    const html = renderMarkdown('# One\n\n## Two\n\n###### Six');
    expect(html).toContain('<h2>One</h2>');
    expect(html).toContain('<h3>Two</h3>');
    expect(html).toContain('<h6>Six</h6>');
    expect(html).not.toContain('<h1');
  });

  it('keeps text in every script intact', () => {
    for (const text of ['移民管理合作分论坛', 'Управление миграцией', 'إدارة الهجرة', 'Grenzsicherheit & Zoll']) {
      expect(renderMarkdown(text)).toBe(`<p>${text.replace('&', '&#x26;')}</p>`);
    }
  });

  it('labels footnotes in the language it is given', () => {
    const html = renderMarkdown('x[^1]\n\n[^1]: y', { footnotes: '脚注', backToContent: '返回正文' });
    expect(html).toContain('脚注');
    expect(html).toContain('返回正文');
  });

  it('gives the same output for the same input (pure)', () => {
    expect(renderMarkdown('**a**')).toBe(renderMarkdown('**a**'));
  });
});
