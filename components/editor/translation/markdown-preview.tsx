'use client';

import { useDeferredValue, useMemo } from 'react';
import { renderMarkdown, type MarkdownLabels } from '@/lib/markdown/render-markdown';

type Props = {
  markdown: string;
  labels: MarkdownLabels;
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  hint: string;
  empty: string;
};

// The preview runs the public site's renderer itself, here in the browser, rather than asking the
// server for HTML: render-markdown.ts is pure (unified/remark/rehype, no Node or DOM API) and
// sanitizes what it returns, so the preview is exactly what readers get, follows every keystroke
// without a round trip or a request per pause, and needs no extra endpoint to secure. The cost is
// the renderer in this page's bundle (editor pages only). useDeferredValue is the debounce: React
// renders the preview after the keystroke and drops renders that a newer keystroke made stale.
export function MarkdownPreview({ markdown, labels, lang, dir, heading, hint, empty }: Props) {
  const deferred = useDeferredValue(markdown);
  const html = useMemo(() => renderMarkdown(deferred, labels), [deferred, labels]);
  return (
    <div className="markdown-preview">
      <h3 id="body-preview-heading">{heading}</h3>
      <p className="hint">{hint}</p>
      {deferred.trim() === '' ? (
        <p className="preview-empty">{empty}</p>
      ) : (
        // Sanitized by renderMarkdown, as on the public pages. It scrolls on its own, so it takes
        // focus (tabIndex) for keyboard users to scroll it.
        <div
          className="prose"
          lang={lang}
          dir={dir}
          tabIndex={0}
          role="region"
          aria-labelledby="body-preview-heading"
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}
