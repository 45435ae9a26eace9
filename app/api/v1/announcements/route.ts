import type { NextRequest } from 'next/server';
import { respondWithAnnouncementList } from '@/lib/api/handlers';

/** Published translations of one locale, newest first, paginated (see README, "JSON API"). */
export function GET(request: NextRequest): Promise<Response> {
  return respondWithAnnouncementList(request.nextUrl.searchParams);
}
