import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A screen loaded with its own chunk the first time it is shown (issue 21 §3:
 * the first bundle holds sign-in and the work list only). `load` names the
 * module's export: `lazyScreen(() => import('./X').then((m) => m.X))`. Render
 * it inside a `<Suspense>`; `preload` fetches the chunk ahead of time.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> } {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => (loading ??= load().then((component) => ({ default: component })));
  return Object.assign(lazy(start), { preload: start });
}
