import { checkHealth } from '@/lib/ops/health';

// For load balancers and monitoring: 200 when the database answers and every migration of this
// checkout is applied, 503 otherwise. It names no user, content or secret.
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
