import { z } from 'zod';
import type { ApiErrorBody } from './schema';

// Published content is the same for every anonymous client: shared caches may keep it for a minute
// and serve it stale while refetching. Errors are not cached: a 404 may be published a second later.
const sharedCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

// Read-only and public, so any origin may read it from a browser.
const corsHeaders = { 'Access-Control-Allow-Origin': '*' };

export function jsonResponse<T>(body: T): Response {
  return Response.json(body, { headers: { ...corsHeaders, 'Cache-Control': sharedCacheControl } });
}

export function jsonError(status: 400 | 404 | 500, message: string, fieldErrors: Record<string, string[]> = {}): Response {
  const body: ApiErrorBody = { error: { message, fieldErrors } };
  return Response.json(body, { status, headers: { ...corsHeaders, 'Cache-Control': 'no-store' } });
}

/** 400 naming each bad parameter, e.g. { pageSize: ['must be at most 100'] }. */
export function invalidParameters(error: z.ZodError): Response {
  const { fieldErrors } = z.flattenError(error);
  const named = Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, messages]) => (Array.isArray(messages) ? [[field, messages]] : [])),
  );
  return jsonError(400, 'Invalid parameters', named);
}

/** Runs a handler; an unexpected failure becomes a JSON 500 instead of an HTML error page. */
export async function withJsonErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error('API request failed:', error);
    return jsonError(500, 'Internal error');
  }
}
