import { create } from 'zustand';
import { mayLeave } from '../lib/leave-guard';

/** Every screen of the signed-in app. Small enough not to need a router. */
export type Route =
  | { page: 'complaints' }
  | { page: 'complaint-new' }
  | { page: 'complaint-detail'; id: string }
  | { page: 'opinion-book' }
  | { page: 'media' }
  | { page: 'media-detail'; id: string }
  | { page: 'customers' }
  | { page: 'customer-detail'; id: string }
  | { page: 'credit-review-due' }
  | { page: 'credit-monthly' }
  | { page: 'risk-cadence-due' }
  | { page: 'risk-meetings' }
  | { page: 'checklists' }
  | { page: 'checklist-record'; id: string }
  | { page: 'templates' }
  | { page: 'template-draft'; id: string }
  | { page: 'notifications' }
  | { page: 'mine-level' }
  | { page: 'ledgers' }
  | { page: 'sync' }
  | { page: 'reports' }
  | { page: 'settings' };

export type Section = 'complaints' | 'notifications' | 'checklists' | 'ledgers' | 'reports' | 'sync' | 'settings';

/** Pages reached from the complaint register (customer files, the opinion book, the media register) stay under its nav section. */
const COMPLAINT_PAGES: ReadonlySet<Route['page']> = new Set(['complaint-new', 'complaint-detail', 'customers', 'customer-detail', 'credit-review-due', 'credit-monthly', 'risk-cadence-due', 'risk-meetings', 'opinion-book', 'media', 'media-detail']);

export function sectionOf(route: Route): Section {
  if (route.page === 'checklist-record' || route.page === 'templates' || route.page === 'template-draft' || route.page === 'mine-level') return 'checklists';
  return COMPLAINT_PAGES.has(route.page) ? 'complaints' : (route.page as Section);
}

interface NavigationState {
  route: Route;
  go: (route: Route) => void;
  reset: () => void;
}

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  route: { page: 'complaints' },
  // Another page or case: a form with input not yet saved asks first (lib/leave-guard.ts).
  go: (route) => {
    if (JSON.stringify(route) !== JSON.stringify(get().route) && !mayLeave()) return;
    set({ route });
  },
  reset: () => set({ route: { page: 'complaints' } }),
}));
