import { createServer } from 'node:net';

/** True when something already listens on host:port. Other errors (EACCES…) are thrown. */
export function isPortInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve(true);
      // No such address family or address here (an IPv4-only host): nobody can be listening there.
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') resolve(false);
      else if (error.code === 'EACCES') reject(new Error(`port ${port} is reserved for root here; choose one above 1023`));
      else reject(new Error(`cannot check port ${port} on ${host}: ${error.code ?? error.message}`));
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

export function portInUseMessage(port: number): string {
  return `port ${port} is already in use by another program; set EMBEDDED_PG_PORT`;
}
