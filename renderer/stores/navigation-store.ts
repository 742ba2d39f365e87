import { create } from 'zustand';

/** Every screen of the signed-in app. Small enough not to need a router. */
export type Route =
  | { page: 'complaints' }
  | { page: 'complaint-new' }
  | { page: 'complaint-detail'; id: string }
  | { page: 'opinion-book' }
  | { page: 'media' }
  | { page: 'media-detail'; id: string }
  | { page: 'checklists' }
  | { page: 'sync' }
  | { page: 'reports' }
  | { page: 'settings' };

export type Section = 'complaints' | 'checklists' | 'sync' | 'reports' | 'settings';

/** Pages reached from the complaint register stay under its nav section. */
export function sectionOf(route: Route): Section {
  switch (route.page) {
    case 'complaint-new':
    case 'complaint-detail':
    case 'opinion-book':
    case 'media':
    case 'media-detail':
      return 'complaints';
    default:
      return route.page;
  }
}

interface NavigationState {
  route: Route;
  go: (route: Route) => void;
  reset: () => void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  route: { page: 'complaints' },
  go: (route) => set({ route }),
  reset: () => set({ route: { page: 'complaints' } }),
}));
