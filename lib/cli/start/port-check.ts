import { isPortInUse } from '../../db/embedded/port';

// The app binds 127.0.0.1, but a browser opening localhost tries ::1 first: a program on either
// address would shadow or block the portal.
export async function assertPortFree(port: number): Promise<void> {
  const busy = (await isPortInUse(port, '127.0.0.1')) || (await isPortInUse(port, '::1'));
  if (busy) throw new Error(`port ${port} is already in use by another program; set PORT`);
}
