import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/** The public site's frame: skip link, header, the page's content and footer. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <div id="content" className="content" tabIndex={-1}>
        {children}
      </div>
      <SiteFooter />
    </>
  );
}
