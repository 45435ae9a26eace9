import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteChrome } from '@/components/site/site-chrome';

// Rendered in place of the (site) layout when a page calls notFound(), so it brings the site's frame.
export default function LocaleNotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
