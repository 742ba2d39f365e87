import { ReportsPage } from '../screens/reports/ReportsPage';
import { useEffect, useRef } from 'react';
import { useIdleSignOut } from '../hooks/use-idle-sign-out';
import { useScrollMemory } from '../hooks/use-scroll-memory';
import { useSyncPolling } from '../hooks/use-sync-polling';
import { ChecklistRecordPage } from '../screens/checklists/ChecklistRecordPage';
import { ChecklistsPage } from '../screens/checklists/ChecklistsPage';
import { ComplaintDetail } from '../screens/complaints/ComplaintDetail';
import { ComplaintForm } from '../screens/complaints/ComplaintForm';
import { ComplaintList } from '../screens/complaints/ComplaintList';
import { LedgersPage } from '../screens/ledgers/LedgersPage';
import { MediaIncidentPage } from '../screens/media/MediaIncidentPage';
import { NotificationsPage } from '../screens/notifications/NotificationsPage';
import { MediaRegisterPage } from '../screens/media/MediaRegisterPage';
import { OpinionBookPage } from '../screens/opinion-book/OpinionBookPage';
import { CreditReviewDuePage } from '../screens/customers/credit/CreditReviewDuePage';
import { CreditMonthPage } from '../screens/customers/credit/monthly/CreditMonthPage';
import { RiskCadenceDuePage } from '../screens/customers/RiskCadenceDuePage';
import { RiskMeetingsPage } from '../screens/customers/meetings/RiskMeetingsPage';
import { CustomerFilePage } from '../screens/customers/CustomerFilePage';
import { CustomerFiles } from '../screens/customers/CustomerFiles';
import { SettingsPage } from '../screens/settings/SettingsPage';
import { SyncPage } from '../screens/SyncPage';
import { TemplateDraftPage } from '../screens/template-editor/TemplateDraftPage';
import { TemplateListPage } from '../screens/template-editor/TemplateListPage';
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
import { MineLevelPage } from '../screens/mine-level/MineLevelPage';
import { useMineLevelStore } from '../stores/mine-level-store';
import { NavBar } from './NavBar';
import { StatusBar } from './StatusBar';

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
        <RouteView route={route} />
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
      return <ComplaintForm />;
    case 'complaint-detail':
      return <ComplaintDetail id={route.id} />;
    case 'opinion-book':
      return <OpinionBookPage />;
    case 'media':
      return <MediaRegisterPage />;
    case 'media-detail':
      return <MediaIncidentPage id={route.id} />;
    case 'customers':
      return <CustomerFiles />;
    case 'customer-detail':
      return <CustomerFilePage id={route.id} />;
    case 'credit-review-due':
      return <CreditReviewDuePage />;
    case 'credit-monthly':
      return <CreditMonthPage />;
    case 'risk-cadence-due':
      return <RiskCadenceDuePage />;
    case 'risk-meetings':
      return <RiskMeetingsPage />;
    case 'checklists':
      return <ChecklistsPage />;
    case 'checklist-record':
      return <ChecklistRecordPage id={route.id} />;
    case 'templates':
      return <TemplateListPage />;
    case 'template-draft':
      return <TemplateDraftPage key={route.id} id={route.id} />;
    case 'mine-level':
      return <MineLevelPage />;
    case 'reports':
      return <ReportsPage />;
    case 'notifications':
      return <NotificationsPage />;
    case 'ledgers':
      return <LedgersPage />;
    case 'sync':
      return <SyncPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
