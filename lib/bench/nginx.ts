import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type StaticServer = { url: string; stop(): Promise<void> };

// The reference point: nginx (Debian package) serving the same HTML bytes from disk, with logging off.
function nginxConfig(dir: string, port: number): string {
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `${user}
worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/site;
    location / { default_type 'text/html; charset=utf-8'; try_files /page.html =404; }
  }
}
`;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

export async function serveWithNginx(html: string, dir: string, port: number): Promise<StaticServer> {
  mkdirSync(path.join(dir, 'site'), { recursive: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  writeFileSync(path.join(dir, 'site', 'page.html'), html);
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port));
  const child = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}; see ${dir}/error.log`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return { url, stop: async () => void (child.kill('SIGQUIT') && (await waitForExit(child))) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not answer on port ${port}`);
}
