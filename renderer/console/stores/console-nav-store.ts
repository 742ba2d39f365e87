import { create } from 'zustand';

export type ConsoleRoute =
  | { page: 'overview' }
  | { page: 'reports' }
  | { page: 'sites' }
  | { page: 'reference' }
  | { page: 'complaints' }
  | { page: 'complaint'; siteId: string; id: string }
  | { page: 'notifications' }
  | { page: 'checklists' }
  | { page: 'transfers' }
  | { page: 'staff' };

export type ConsoleSection = 'overview' | 'reports' | 'sites' | 'reference' | 'complaints' | 'notifications' | 'checklists' | 'transfers' | 'staff';

export function sectionOf(route: ConsoleRoute): ConsoleSection {
  return route.page === 'complaint' ? 'complaints' : route.page;
}

export const useConsoleNav = create<{ route: ConsoleRoute; go(route: ConsoleRoute): void }>((set) => ({
  route: { page: 'sites' },
  go: (route) => set({ route }),
}));
