/**
 * Browser mode's per-launch secret. The server prints `http://127.0.0.1:PORT/#key=…`;
 * we take the key out of the address bar once (so it is not left visible or
 * bookmarked) and keep it in sessionStorage, so a reload of the tab still works.
 */
export const LAUNCH_KEY_STORAGE = 'branchline.key';

let captured: string | null | undefined;

export function captureLaunchKey(): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const key = decodeURIComponent(match[1]);
    try {
      window.sessionStorage.setItem(LAUNCH_KEY_STORAGE, key);
    } catch {
      // Storage may be disabled; the key still works until the tab is reloaded.
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    captured = key;
    return key;
  }
  captured = readStoredKey();
  return captured;
}

/** The key to send; captured on first use if startup did not already do it. */
export function launchKey(): string | null {
  if (captured === undefined) return captureLaunchKey();
  return captured;
}

/** Tests only: forget what was captured. */
export function resetLaunchKeyForTests(): void {
  captured = undefined;
}

function readStoredKey(): string | null {
  try {
    return window.sessionStorage.getItem(LAUNCH_KEY_STORAGE);
  } catch {
    return null;
  }
}
