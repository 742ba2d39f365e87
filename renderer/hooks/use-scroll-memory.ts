import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Route } from '../stores/navigation-store';

/** How long a page that is still loading its rows gets to grow tall enough for the remembered position. */
const RESTORE_FRAMES = 60;

function keyOf(route: Route): string {
  return 'id' in route ? `${route.page}:${route.id}` : route.page;
}

/**
 * Each page opens where the person left it (issue 20 item 11): back from a
 * case, the register is at the row they were reading, not at the top; a case
 * opened for the first time starts at its top, not at the previous page's
 * scroll. Positions live as long as the signed-in shell (a sign-out forgets
 * them with the rest of the session).
 */
export function useScrollMemory(box: RefObject<HTMLElement | null>, route: Route): void {
  const positions = useRef(new Map<string, number>());
  const key = keyOf(route);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const remember = () => positions.current.set(key, element.scrollTop);
    element.addEventListener('scroll', remember, { passive: true });
    return () => element.removeEventListener('scroll', remember);
  }, [box, key]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const target = positions.current.get(key) ?? 0;
    element.scrollTop = target;
    // A page that loads its rows after it is drawn is too short at first: try again until it is tall enough,
    // unless the person scrolled up meanwhile (the page is above where it was left): their scroll wins.
    let reached = element.scrollTop;
    let frames = 0;
    let handle = 0;
    const retry = () => {
      if (element.scrollTop >= target || element.scrollTop < reached || frames++ > RESTORE_FRAMES) return;
      element.scrollTop = target;
      reached = element.scrollTop;
      handle = requestAnimationFrame(retry);
    };
    handle = requestAnimationFrame(retry);
    return () => cancelAnimationFrame(handle);
  }, [box, key]);
}
