import { lazyScreen } from '../lib/lazy-screen';

/*
 * Every screen of the signed-in app except the work list, each in its own
 * chunk (issue 21 §3): the first load carries sign-in and the list only.
 * The report screens bring echarts only when a chart is drawn (ReportChart).
 */
export const ComplaintDetail = lazyScreen(() => import('../screens/complaints/ComplaintDetail').then((m) => m.ComplaintDetail));
export const ComplaintForm = lazyScreen(() => import('../screens/complaints/ComplaintForm').then((m) => m.ComplaintForm));
export const OpinionBookPage = lazyScreen(() => import('../screens/opinion-book/OpinionBookPage').then((m) => m.OpinionBookPage));
export const MediaRegisterPage = lazyScreen(() => import('../screens/media/MediaRegisterPage').then((m) => m.MediaRegisterPage));
export const MediaIncidentPage = lazyScreen(() => import('../screens/media/MediaIncidentPage').then((m) => m.MediaIncidentPage));
export const CustomerFiles = lazyScreen(() => import('../screens/customers/CustomerFiles').then((m) => m.CustomerFiles));
export const CustomerFilePage = lazyScreen(() => import('../screens/customers/CustomerFilePage').then((m) => m.CustomerFilePage));
export const CreditReviewDuePage = lazyScreen(() => import('../screens/customers/credit/CreditReviewDuePage').then((m) => m.CreditReviewDuePage));
export const CreditMonthPage = lazyScreen(() => import('../screens/customers/credit/monthly/CreditMonthPage').then((m) => m.CreditMonthPage));
export const RiskCadenceDuePage = lazyScreen(() => import('../screens/customers/RiskCadenceDuePage').then((m) => m.RiskCadenceDuePage));
export const RiskMeetingsPage = lazyScreen(() => import('../screens/customers/meetings/RiskMeetingsPage').then((m) => m.RiskMeetingsPage));
export const ChecklistsPage = lazyScreen(() => import('../screens/checklists/ChecklistsPage').then((m) => m.ChecklistsPage));
export const ChecklistRecordPage = lazyScreen(() => import('../screens/checklists/ChecklistRecordPage').then((m) => m.ChecklistRecordPage));
export const TemplateListPage = lazyScreen(() => import('../screens/template-editor/TemplateListPage').then((m) => m.TemplateListPage));
export const TemplateDraftPage = lazyScreen(() => import('../screens/template-editor/TemplateDraftPage').then((m) => m.TemplateDraftPage));
export const MineLevelPage = lazyScreen(() => import('../screens/mine-level/MineLevelPage').then((m) => m.MineLevelPage));
export const ReportsPage = lazyScreen(() => import('../screens/reports/ReportsPage').then((m) => m.ReportsPage));
export const NotificationsPage = lazyScreen(() => import('../screens/notifications/NotificationsPage').then((m) => m.NotificationsPage));
export const LedgersPage = lazyScreen(() => import('../screens/ledgers/LedgersPage').then((m) => m.LedgersPage));
export const SyncPage = lazyScreen(() => import('../screens/SyncPage').then((m) => m.SyncPage));
export const SettingsPage = lazyScreen(() => import('../screens/settings/SettingsPage').then((m) => m.SettingsPage));

