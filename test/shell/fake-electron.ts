import { vi } from 'vitest';

/** A minimal event emitter standing in for Electron objects (app, BrowserWindow, WebContents). */
export class FakeEmitter {
  readonly listeners = new Map<string, Array<(...args: any[]) => unknown>>();
  on(name: string, listener: (...args: any[]) => unknown): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: (...args: any[]) => unknown): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: unknown) => unknown) => {
    this.windowOpenHandler = handler;
  });
  print = vi.fn();
  printToPDF = vi.fn();
}

/** A navigation/attach event: records whether preventDefault was called. */
export function fakeEvent<P extends Record<string, unknown>>(props: P = {} as P): P & { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...props,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
