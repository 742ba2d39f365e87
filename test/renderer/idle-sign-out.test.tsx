import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleSignOut } from '../../renderer/hooks/use-idle-sign-out';

function Probe({ onIdle }: { onIdle: () => void }) {
  useIdleSignOut(1, onIdle);
  return null;
}

describe('idle sign-out', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the idle limit with no activity', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    act(() => vi.advanceTimersByTime(59_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(120_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('keyboard or mouse activity restarts the wait', () => {
    const onIdle = vi.fn();
    render(<Probe onIdle={onIdle} />);
    act(() => vi.advanceTimersByTime(45_000));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    act(() => vi.advanceTimersByTime(45_000));
    window.dispatchEvent(new MouseEvent('mousemove'));
    act(() => vi.advanceTimersByTime(45_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(20_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
