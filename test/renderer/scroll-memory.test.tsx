import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScrollMemory } from '../../renderer/hooks/use-scroll-memory';
import type { Route } from '../../renderer/stores/navigation-store';

/** A scroll box whose height the test sets: scrollTop is clamped to it, as a browser does. */
function fakeScrollBox(element: HTMLElement, box: { max: number }) {
  let top = 0;
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => {
      top = Math.max(0, Math.min(value, box.max));
    },
  });
}

function Page({ route, box }: { route: Route; box: { max: number } }) {
  const main = useRef<HTMLElement | null>(null);
  useScrollMemory(main, route);
  return (
    <main
      data-testid="main"
      ref={(element) => {
        if (element && main.current !== element) fakeScrollBox(element, box);
        main.current = element;
      }}
    />
  );
}

describe('a page reopens where the person left it (issue 20 item 11)', () => {
  let frames: FrameRequestCallback[] = [];
  const runFrames = (n: number) => {
    for (let i = 0; i < n; i++) {
      const due = frames;
      frames = [];
      due.forEach((callback) => callback(0));
    }
  };
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  /** Leaves the register at 800 px, goes to a case, and comes back to a register still too short to reach 800. */
  function leaveAndComeBack() {
    const box = { max: 2000 };
    const view = render(<Page route={{ page: 'complaints' }} box={box} />);
    const main = view.getByTestId('main');
    main.scrollTop = 800;
    main.dispatchEvent(new Event('scroll'));
    view.rerender(<Page route={{ page: 'complaint-detail', id: 'c-1' }} box={box} />);
    box.max = 300;
    view.rerender(<Page route={{ page: 'complaints' }} box={box} />);
    return { main, box };
  }

  it('goes back to the row the person was reading once the rows have loaded', () => {
    const { main, box } = leaveAndComeBack();
    expect(main.scrollTop).toBe(300);
    box.max = 2000;
    act(() => runFrames(3));
    expect(main.scrollTop).toBe(800);
  });

  it('stops restoring once the person scrolls up meanwhile, instead of pulling the page back down under their pointer', () => {
    const { main, box } = leaveAndComeBack();
    main.scrollTop = 0; // the person (or a click that scrolls a field into view) goes to the top
    box.max = 2000;
    act(() => runFrames(5));
    expect(main.scrollTop).toBe(0);
  });
});
