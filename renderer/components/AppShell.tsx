import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdleSignOut } from '../hooks/use-idle-sign-out';
import { useScrollMemory } from '../hooks/use-scroll-memory';
import { useSyncPolling } from '../hooks/use-sync-polling';
import { ComplaintList } from '../screens/complaints/ComplaintList';
import { useChecklistsStore } from '../stores/checklists-store';
import { useColleaguesStore } from '../stores/colleagues-store';
import { useComplaintsStore } from '../stores/complaints-store';
import { useMediaStore } from '../stores/media-store';
import { useCustomersStore } from '../stores/customers-store';
import { useLedgersStore } from '../stores/ledgers-store';
import { useNavigationStore, type Route } from '../stores/navigation-store';
import { useNotificationsStore } from '../stores/notifications-store';
import { useOpinionBookStore } from '../stores/opinion-book-store';
import { useSessionStore } from '../stores/session-store';
import { useSettingsStore } from '../stores/settings-store';
import { useSyncStore } from '../stores/sync-store';
import { useTemplateEditorStore } from '../stores/template-editor-store';
import { useProfileStore } from '../stores/profile-store';
import { useMineLevelStore } from '../stores/mine-level-store';
import { NavBar } from './NavBar';
import { StatusBar } from './StatusBar';
import * as Screens from './lazy-screens';

const DEFAULT_IDLE_MINUTES = 15;

/** The signed-in app: navigation, the current screen, and the status bar. */
export function AppShell() {
  const route = useNavigationStore((s) => s.route);
  const idleMinutes = useSessionStore((s) => s.status?.idleSignOutMinutes ?? DEFAULT_IDLE_MINUTES);
  const signOut = useSessionStore((s) => s.signOut);
  const main = useRef<HTMLElement>(null);
  useScrollMemory(main, route);

  useSyncPolling();
  useIdleSignOut(idleMinutes, () => void signOut('idleSignedOut'));
  // The next person to sign in starts on a clean slate, not on the previous user's screen.
  useEffect(
    () => () => {
      useNavigationStore.getState().reset();
      useComplaintsStore.getState().reset();
      useSyncStore.getState().reset();
      useSettingsStore.getState().reset();
      useColleaguesStore.getState().reset();
      useOpinionBookStore.getState().reset();
      useMediaStore.getState().reset();
      useCustomersStore.getState().reset();
      useChecklistsStore.getState().reset();
      useTemplateEditorStore.getState().reset();
      useNotificationsStore.getState().reset();
      useProfileStore.getState().reset();
      useMineLevelStore.getState().reset();
      useLedgersStore.getState().reset();
    },
    [],
  );

  return (
    <div className="shell">
      <NavBar />
      <main className="content" id="main" ref={main}>
        {/* Keyed by the page: a screen whose chunk is loading would otherwise keep the last screen mounted (hidden),
            and going back to it would not mount it again, nor load its data again. */}
        <Suspense key={route.page} fallback={<ScreenLoading />}>
          <RouteView route={route} />
        </Suspense>
      </main>
      <StatusBar />
    </div>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'complaints':
      return <ComplaintList />;
    case 'complaint-new':
      return <Screens.ComplaintForm />;
    case 'complaint-detail':
      return <Screens.ComplaintDetail id={route.id} />;
    case 'opinion-book':
      return <Screens.OpinionBookPage />;
    case 'media':
      return <Screens.MediaRegisterPage />;
    case 'media-detail':
      return <Screens.MediaIncidentPage id={route.id} />;
    case 'customers':
      return <Screens.CustomerFiles />;
    case 'customer-detail':
      return <Screens.CustomerFilePage id={route.id} />;
    case 'credit-review-due':
      return <Screens.CreditReviewDuePage />;
    case 'credit-monthly':
      return <Screens.CreditMonthPage />;
    case 'risk-cadence-due':
      return <Screens.RiskCadenceDuePage />;
    case 'risk-meetings':
      return <Screens.RiskMeetingsPage />;
    case 'checklists':
      return <Screens.ChecklistsPage />;
    case 'checklist-record':
      return <Screens.ChecklistRecordPage id={route.id} />;
    case 'templates':
      return <Screens.TemplateListPage />;
    case 'template-draft':
      return <Screens.TemplateDraftPage key={route.id} id={route.id} />;
    case 'mine-level':
      return <Screens.MineLevelPage />;
    case 'reports':
      return <Screens.ReportsPage />;
    case 'notifications':
      return <Screens.NotificationsPage />;
    case 'ledgers':
      return <Screens.LedgersPage />;
    case 'sync':
      return <Screens.SyncPage />;
    case 'settings':
      return <Screens.SettingsPage />;
  }
}

/** While a screen's chunk loads (the first time it is opened). */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="centered muted" role="status" data-testid="screen-loading">
      {t('app.loading')}
    </p>
  );
}
