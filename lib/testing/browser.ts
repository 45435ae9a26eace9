import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

// Flags for Debian's Chromium on a machine without internet: without the networking flags it keeps
// trying to reach Google's services and floods the closed network with refused connections.
const offlineFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's own Chromium when it is installed (a laptop), otherwise the system one (CI, these machines). */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  if (existsSync(chromium.executablePath())) return { args: [] };
  if (existsSync(systemChromium)) return { executablePath: systemChromium, args: offlineFlags };
  throw new Error(
    `No Chromium found: run \`npx playwright install chromium\` or install ${systemChromium} (apt-get install -y chromium).`,
  );
}
