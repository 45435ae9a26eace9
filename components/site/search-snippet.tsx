import type { SnippetPart } from '@/lib/search/snippet';

// Parts are rendered as React text, which escapes them: markup in an announcement or a query can
// never become HTML here. Only the highlight itself is an element.
export function SearchSnippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-snippet">
      {parts.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
