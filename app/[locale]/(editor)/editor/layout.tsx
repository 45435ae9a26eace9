import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../../styles/editor.css';

// Nothing under /{locale}/editor is for search engines. Pages here authorize themselves (proxy.ts
// does not run on locale-prefixed paths): see lib/auth/current-user.ts.
export const metadata: Metadata = { robots: { index: false } };

// Every editor page shows one person's data: rendered per request, never cached (the locale layout
// would otherwise make them ISR pages, which must not read the session cookie).
export const dynamic = 'force-dynamic';

export default function EditorLayout({ children }: { children: ReactNode }) {
  return <div className="editor">{children}</div>;
}
