import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Calls `onIdle` once after `minutes` without mouse, touch or keyboard
 * activity. The core enforces the same limit on its side; this makes the
 * screen follow, so an unattended PC does not keep showing customer data.
 */
export function useIdleSignOut(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!(minutes > 0)) return;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    let fired = false;
    const touch = () => {
      lastActivity = Date.now();
    };
    // Checked on a short interval rather than re-arming a timer on every mouse move.
    const timer = window.setInterval(() => {
      if (!fired && Date.now() - lastActivity >= limit) {
        fired = true;
        onIdleRef.current();
      }
    }, Math.min(CHECK_EVERY_MS, limit));
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, touch, { passive: true, capture: true });
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touch, { capture: true });
    };
  }, [minutes]);
}
