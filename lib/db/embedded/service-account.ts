import { readFile, stat } from 'node:fs/promises';

/** The unprivileged user PostgreSQL runs as when the launcher itself runs as root. */
export type ServiceAccount = { name: string; uid: number; gid: number };

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

type PasswdEntry = { name: string; uid: number; gid: number };

async function readPasswd(): Promise<PasswdEntry[]> {
  const text = await readFile('/etc/passwd', 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= 4)
    .map(([name, , uid, gid]) => ({ name: name ?? '', uid: Number(uid), gid: Number(gid) }));
}

// PostgreSQL refuses to run as root. Preference order: whoever already owns the data directory
// (so a cluster created by a developer keeps working under sudo), then Debian's `postgres`
// system user, then `nobody`, which exists on practically every Unix.
export async function chooseServiceAccount(dataDir: string): Promise<ServiceAccount | null> {
  if (!isRoot()) return null;
  const passwd = await readPasswd();
  const existing = await stat(dataDir).catch(() => null);
  if (existing && existing.uid !== 0) {
    const owner = passwd.find((entry) => entry.uid === existing.uid);
    return { name: owner?.name ?? `uid ${existing.uid}`, uid: existing.uid, gid: existing.gid };
  }
  for (const candidate of ['postgres', 'nobody']) {
    const entry = passwd.find((row) => row.name === candidate);
    if (entry && entry.uid !== 0) return entry;
  }
  throw new Error(
    'running as root, and PostgreSQL refuses to run as root: no unprivileged user "postgres" or "nobody" ' +
      'exists to run it as; create one (useradd --system postgres), run as a normal user, or set DATABASE_URL',
  );
}
