import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { NotFoundContent } from './not-found-content';

// Sets the 404 status from inside a Suspense boundary, once the page's own content is rendered.
async function SignalNotFound(): Promise<never> {
  notFound();
}

/**
 * What a page returns when its address names nothing. Next 16 does not render a notFound() thrown
 * by the page itself on the server: the 404 arrives as an empty document that only JavaScript
 * fills in (vercel/next.js#62228). Rendering the 404 content here and throwing below it, inside a
 * Suspense boundary, gives the 404 status and a complete document without JavaScript (cached like
 * any page); with JavaScript, the segment's not-found.tsx, the same content, takes over.
 */
export function NotFoundResponse() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <SignalNotFound />
      </Suspense>
    </>
  );
}
