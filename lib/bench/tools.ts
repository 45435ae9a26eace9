import { execFileSync, spawnSync } from 'node:child_process';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** wrk and nginx come from Debian's packages; installed on first use (the bench runs as root on CI). */
export function ensureBenchTools(): void {
  const missing = ['wrk', 'nginx'].filter((command) => !has(command));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\``);
  }
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
