import { create } from 'zustand';

export type ConsoleRoute =
  | { page: 'overview' }
  | { page: 'reports' }
  | { page: 'narrativeReport'; siteId: string; id: string }
  | { page: 'sites' }
  | { page: 'reference' }
  | { page: 'complaints' }
  | { page: 'complaint'; siteId: string; id: string }
  | { page: 'notifications' }
  | { page: 'checklists' }
  | { page: 'checklist'; siteId: string; id: string }
  | { page: 'riskClasses' }
  | { page: 'transfers' }
  | { page: 'staff' }
  | { page: 'personalRegister' };

export type ConsoleSection = 'overview' | 'reports' | 'sites' | 'reference' | 'complaints' | 'notifications' | 'checklists' | 'riskClasses' | 'transfers' | 'staff' | 'personalRegister';

export function sectionOf(route: ConsoleRoute): ConsoleSection {
  if (route.page === 'narrativeReport') return 'reports';
  return route.page === 'complaint' ? 'complaints' : route.page === 'checklist' ? 'checklists' : route.page;
}

/** The console opens on what needs attention (issue 20 item 13), not on a form for a new site. */
export const LANDING: ConsoleRoute = { page: 'overview' };

export const useConsoleNav = create<{ route: ConsoleRoute; go(route: ConsoleRoute): void }>((set) => ({
  route: LANDING,
  go: (route) => set({ route }),
}));
