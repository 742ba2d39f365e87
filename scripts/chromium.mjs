// Where the end-to-end tests and screenshots find a Chromium: $BRANCHLINE_CHROMIUM, else Debian's.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const wanted = process.env.BRANCHLINE_CHROMIUM;
  if (wanted) return fs.existsSync(wanted) ? wanted : null;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The flags this project's machines need (no sandbox as root; no background network calls). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
