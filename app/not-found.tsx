import { defaultLocale } from '@/lib/i18n/locales';

// Requests outside any locale (e.g. /xx/…) end here; the localized 404 is app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale}>
      <body>
        <main>
          <h1>Page not found</h1>
          <p>
            <a href={`/${defaultLocale}`}>Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
