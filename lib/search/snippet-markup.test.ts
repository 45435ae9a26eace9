import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchSnippet } from '../../components/site/search-snippet';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, parseSnippet } from './snippet';

// The page renders snippets through SearchSnippet: only the highlight becomes markup.
function render(headline: string): string {
  return renderToStaticMarkup(createElement(SearchSnippet, { parts: parseSnippet(headline) }));
}

describe('SearchSnippet markup', () => {
  it('wraps highlights in <mark>', () => {
    expect(render(`The ${S}migration${E} policy`)).toBe(
      '<p class="search-snippet"><span>The </span><mark>migration</mark><span> policy</span></p>',
    );
  });

  it('escapes markup from the content, highlighted or not', () => {
    const html = render(`<script>alert(1)</script> & ${S}<img src=x onerror=alert(2)>${E} "q" 'a'`);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(html).toContain('<mark>&lt;img src=x onerror=alert(2)&gt;</mark>');
  });

  it('renders nothing for an empty snippet', () => {
    expect(render('')).toBe('');
  });
});
