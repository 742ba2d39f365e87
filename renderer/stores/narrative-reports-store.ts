import { create } from 'zustand';
import type { ApiOutput } from '../../shared/api/contract';
import type { CaseListItem, NarrativeListItem, NarrativeVersion, SectionTexts } from '../../shared/api/narrative-reports';
import { api } from '../api/client';

type Listing = ApiOutput<'narrativeReports.list'>;

interface NarrativeState {
  year: string | null;
  listing: Listing | null;
  /** The version open in the editor or the viewer. */
  open: NarrativeVersion | null;
  /** The open draft's text as typed; saved to the core's store shortly after each change, so a crash keeps it. */
  texts: SectionTexts;
  savedAt: string | null;
  saving: boolean;
  /** The issued version being printed (drawn as a paper sheet beside the page). */
  printing: NarrativeVersion | null;
  printCount: number;
  error: unknown;
  load: (year: string) => Promise<void>;
  openItem: (item: NarrativeListItem) => Promise<void>;
  /** A complaint's special report: its draft, else its newest issued version, else a new draft. */
  openCase: (item: CaseListItem) => Promise<void>;
  openVersion: (id: string) => Promise<void>;
  close: () => void;
  type: (section: string, text: string) => void;
  saveNow: () => Promise<void>;
  issue: () => Promise<void>;
  reissue: (reason: string) => Promise<void>;
  print: () => void;
}

/** How long typing may pause before the draft is written to the store. */
export const DRAFT_SAVE_DELAY_MS = 600;
let pendingSave: ReturnType<typeof setTimeout> | null = null;

type Set = (partial: Partial<NarrativeState>) => void;
type Get = () => NarrativeState;

/** What every action shares: showing a version, reloading the year's list, catching a refusal into `error`. */
function helpers(set: Set, get: Get) {
  const show = (open: NarrativeVersion) => set({ open, texts: open.sections, savedAt: open.status === 'draft' ? open.updatedAt : null, error: null });
  const refresh = async () => {
    const { year } = get();
    if (year) set({ listing: await api.call('narrativeReports.list', { year }) });
  };
  const attempt = async (work: () => Promise<void>) => {
    try {
      set({ error: null });
      await work();
    } catch (error) {
      set({ error, saving: false });
    }
  };
  return { show, refresh, attempt };
}

/** Opening a period's report, a complaint's special report, or one version. */
function openActions(set: Set, get: Get): Pick<NarrativeState, 'openItem' | 'openCase' | 'openVersion'> {
  const { show, refresh, attempt } = helpers(set, get);
  return {
    openItem: (item) =>
      attempt(async () => {
        if (item.draftId) return show(await api.call('narrativeReports.get', { id: item.draftId }));
        if (item.issued) return show(await api.call('narrativeReports.get', { id: item.issued.id }));
        show(await api.call('narrativeReports.saveDraft', { kindId: item.kindId, period: { kind: item.period.kind, key: item.period.key }, sections: {} }));
        await refresh();
      }),
    openCase: (item) =>
      attempt(async () => {
        if (item.draftId) return show(await api.call('narrativeReports.get', { id: item.draftId }));
        if (item.issued) return show(await api.call('narrativeReports.get', { id: item.issued.id }));
        show(await api.call('narrativeReports.saveDraft', { kindId: item.kindId, complaintId: item.complaint.id, sections: {} }));
        await refresh();
      }),
    openVersion: (id) => attempt(async () => show(await api.call('narrativeReports.get', { id }))),
  };
}

/** The open draft: typing (saved shortly after), saving, closing, issuing and reissuing. */
function draftActions(set: Set, get: Get): Pick<NarrativeState, 'close' | 'type' | 'saveNow' | 'issue' | 'reissue'> {
  const { show, refresh, attempt } = helpers(set, get);
  return {
    close: () => {
      if (pendingSave) void get().saveNow();
      set({ open: null, texts: {}, savedAt: null, error: null, printing: null });
    },
    type: (section, text) => {
      set({ texts: { ...get().texts, [section]: text } });
      if (pendingSave) clearTimeout(pendingSave);
      pendingSave = setTimeout(() => void get().saveNow(), DRAFT_SAVE_DELAY_MS);
    },
    saveNow: () =>
      attempt(async () => {
        if (pendingSave) clearTimeout(pendingSave);
        pendingSave = null;
        const { open, texts } = get();
        if (!open || open.status !== 'draft') return;
        set({ saving: true });
        const scope = open.complaint ? { complaintId: open.complaint.id } : open.period ? { period: { kind: open.period.kind, key: open.period.key } } : {};
        const saved = await api.call('narrativeReports.saveDraft', { id: open.id, kindId: open.kindId, ...scope, sections: texts });
        // Keep what was typed while the save was on its way; a draft closed meanwhile stays closed.
        if (get().open?.id !== saved.id) return set({ saving: false });
        set({ open: { ...saved, sections: get().texts }, savedAt: saved.updatedAt, saving: false });
      }),
    issue: () =>
      attempt(async () => {
        await get().saveNow();
        const { open } = get();
        if (!open || get().error) return;
        show(await api.call('narrativeReports.issue', { id: open.id }));
        await refresh();
      }),
    reissue: (reason) =>
      attempt(async () => {
        const { open } = get();
        if (!open) return;
        show(await api.call('narrativeReports.reissue', { id: open.id, reason }));
        await refresh();
      }),
  };
}

export const useNarrativeReportsStore = create<NarrativeState>()((set, get) => ({
  year: null,
  listing: null,
  open: null,
  texts: {},
  savedAt: null,
  saving: false,
  printing: null,
  printCount: 0,
  error: null,
  // A user who may write none of the site's kinds is refused the list: the panel then stays hidden rather than showing a refusal.
  load: async (year) => {
    try {
      set({ year, listing: await api.call('narrativeReports.list', { year }), error: null });
    } catch {
      set({ year, listing: null });
    }
  },
  ...openActions(set, get),
  ...draftActions(set, get),
  print: () => {
    const { open, printCount } = get();
    if (open?.status === 'issued') set({ printing: open, printCount: printCount + 1 });
  },
}));
