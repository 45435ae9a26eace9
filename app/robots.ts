import type { MetadataRoute } from 'next';
import { buildRobots } from '@/lib/seo/robots';

// At request time, so the sitemap address follows SITE_URL of the running deployment, not the build's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return buildRobots();
}
