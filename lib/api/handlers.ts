import 'server-only';
import { getPublishedAnnouncement, listPublishedTranslations } from './queries';
import { invalidParameters, jsonError, jsonResponse, withJsonErrors } from './responses';
import { announcementListQuerySchema, announcementParamsSchema, type AnnouncementResponse } from './schema';

// The API's request handling, apart from the route files so integration tests can call it directly.

/** GET /api/v1/announcements?locale=en&page=1&pageSize=20 */
export function respondWithAnnouncementList(searchParams: URLSearchParams, now = new Date()): Promise<Response> {
  return withJsonErrors(async () => {
    const query = announcementListQuerySchema.safeParse(Object.fromEntries(searchParams));
    if (!query.success) return invalidParameters(query.error);
    return jsonResponse(await listPublishedTranslations(query.data, now));
  });
}

/** GET /api/v1/announcements/{id} */
export function respondWithAnnouncement(params: { id: string }, now = new Date()): Promise<Response> {
  return withJsonErrors(async () => {
    const parsed = announcementParamsSchema.safeParse(params);
    if (!parsed.success) return invalidParameters(parsed.error);
    const announcement = await getPublishedAnnouncement(parsed.data.id, now);
    if (!announcement) return jsonError(404, 'No published announcement has this id');
    return jsonResponse<AnnouncementResponse>({ data: announcement });
  });
}
