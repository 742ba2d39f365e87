import { lazyScreen } from '../lib/lazy-screen';

/*
 * The console's screens other than its landing page (总部总览), each in its own
 * chunk (issue 21 §3); echarts comes with the first chart drawn (ReportChart).
 */
export const ChecklistResultScreen = lazyScreen(() => import('./screens/ChecklistResultScreen').then((m) => m.ChecklistResultScreen));
export const ChecklistsScreen = lazyScreen(() => import('./screens/ChecklistsScreen').then((m) => m.ChecklistsScreen));
export const ConsoleNarrativeScreen = lazyScreen(() => import('./screens/ConsoleNarrativeScreen').then((m) => m.ConsoleNarrativeScreen));
export const ConsoleReportsScreen = lazyScreen(() => import('./screens/ConsoleReportsScreen').then((m) => m.ConsoleReportsScreen));
export const PersonalRegisterScreen = lazyScreen(() => import('./screens/PersonalRegisterScreen').then((m) => m.PersonalRegisterScreen));
export const ComplaintDetailScreen = lazyScreen(() => import('./screens/ComplaintDetailScreen').then((m) => m.ComplaintDetailScreen));
export const ComplaintsScreen = lazyScreen(() => import('./screens/ComplaintsScreen').then((m) => m.ComplaintsScreen));
export const NotificationsScreen = lazyScreen(() => import('./screens/NotificationsScreen').then((m) => m.NotificationsScreen));
export const ReferenceScreen = lazyScreen(() => import('./screens/ReferenceScreen').then((m) => m.ReferenceScreen));
export const RiskClassesScreen = lazyScreen(() => import('./screens/RiskClassesScreen').then((m) => m.RiskClassesScreen));
export const SitesScreen = lazyScreen(() => import('./screens/SitesScreen').then((m) => m.SitesScreen));
export const StaffScreen = lazyScreen(() => import('./screens/StaffScreen').then((m) => m.StaffScreen));
export const TransfersScreen = lazyScreen(() => import('./screens/TransfersScreen').then((m) => m.TransfersScreen));
