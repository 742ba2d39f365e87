import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loaded<P> = { default: ComponentType<P> };

/**
 * A screen loaded with its own chunk the first time it is shown (issue 21 §3:
 * the first bundle holds sign-in and the work list only). `load` names the
 * module's export: `lazyScreen(() => import('./X').then((m) => m.X))`. Render
 * it inside a `<Suspense>`; `preload` fetches the chunk ahead of time.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> } {
  let loading: Promise<Loaded<P>> | undefined;
  let loaded: Loaded<P> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = { default: component };
      return loaded;
    }));
  // A chunk already here (preloaded) is handed over at once: React reads a thenable that calls back
  // synchronously as resolved, so the screen renders in the same pass instead of showing the fallback.
  const read = () => (loaded ? ({ then: (resolve: (value: Loaded<P>) => void) => resolve(loaded!) } as unknown as Promise<Loaded<P>>) : start());
  return Object.assign(lazy(read), { preload: start });
}
