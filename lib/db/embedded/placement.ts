import path from 'node:path';
import type { PostgresBinaries } from './binaries';
import { copyBinaries } from './fallback-binaries';
import { createFallback, FALLBACK_ROOT, recordedFallback } from './fallback-data';
import { canRunAs, canTraverse } from './reachability';
import type { ServiceAccount } from './service-account';

export type Placement = { dataDir: string; binaries: PostgresBinaries; notices: string[] };

/**
 * Where the cluster and the binaries it runs from live. Without root, exactly where asked. As
 * root, the server runs as an unprivileged account; what that account cannot reach moves under
 * FALLBACK_ROOT, and the returned notices say so.
 */
export async function placeCluster(
  requestedDir: string,
  binaries: PostgresBinaries,
  account: ServiceAccount | null,
): Promise<Placement> {
  if (!account) return { dataDir: requestedDir, binaries, notices: [] };
  const notices: string[] = [];
  let placedBinaries = binaries;
  if (!(await canRunAs(binaries.postgres, account))) {
    placedBinaries = await copyBinaries(binaries, account);
    notices.push(`PostgreSQL runs from a copy in ${placedBinaries.nativeDir}: user ${account.name} cannot reach ${binaries.nativeDir}`);
  }
  let dataDir = await recordedFallback(requestedDir);
  if (!dataDir && !(await canTraverse(path.dirname(requestedDir), account))) {
    dataDir = await createFallback(requestedDir);
  }
  if (dataDir) {
    notices.push(`PostgreSQL data lives in ${dataDir} (under ${FALLBACK_ROOT}): user ${account.name} cannot reach ${path.dirname(requestedDir)}`);
  }
  return { dataDir: dataDir ?? requestedDir, binaries: placedBinaries, notices };
}
