import { create } from 'zustand';
import type { ChecklistDue, ChecklistRecord, ChecklistSummary } from '../../shared/api/checklists';
import type { ChecklistTemplate } from '../../shared/checklists/template-schema';
import { api } from '../api/client';

interface ChecklistsState {
  /** The templates that apply at this site (its organisation profile's), due ones first. */
  templates: ChecklistTemplate[];
  due: ChecklistDue[];
  /** The template list has been read at least once (an empty list then means none apply here). */
  loaded: boolean;
  /** Records per template, newest first. */
  lists: Record<string, ChecklistSummary[]>;
  records: Record<string, ChecklistRecord>;
  /** Photos as data: URLs by attachment id (an attachment's content never changes). */
  images: Record<string, string>;
  error: unknown;
  load: () => Promise<void>;
  loadList: (templateId: string) => Promise<void>;
  fetchRecord: (id: string) => Promise<void>;
  /** A record as the core answered it after a write. */
  setRecord: (record: ChecklistRecord) => void;
  /** 开始填写 resumes this period's open draft; `resume: false` (另开一份) starts another record anyway. */
  start: (templateId: string, resume?: boolean) => Promise<ChecklistRecord>;
  fetchImage: (attachmentId: string) => Promise<void>;
  reset: () => void;
}

const initial = { templates: [], due: [], loaded: false, lists: {}, records: {}, images: {}, error: null };

/** A thin cache of checklist templates, what is due, records and their photos. */
export const useChecklistsStore = create<ChecklistsState>()((set, get) => ({
  ...initial,

  load: async () => {
    try {
      const [templates, due] = await Promise.all([api.call('checklists.templates', {}), api.call('checklists.due', {})]);
      set({ templates, due, loaded: true, error: null });
    } catch (error) {
      set({ error });
    }
  },

  loadList: async (templateId) => {
    try {
      const list = await api.call('checklists.list', { templateId });
      set((s) => ({ lists: { ...s.lists, [templateId]: list }, error: null }));
    } catch (error) {
      set({ error });
    }
  },

  fetchRecord: async (id) => {
    try {
      const record = await api.call('checklists.get', { id });
      set((s) => ({ records: { ...s.records, [id]: record }, error: null }));
    } catch (error) {
      set({ error });
    }
  },

  setRecord: (record) => set((s) => ({ records: { ...s.records, [record.id]: record } })),

  start: async (templateId, resume = true) => {
    const record = await api.call('checklists.start', { templateId, resume });
    get().setRecord(record);
    return record;
  },

  fetchImage: async (attachmentId) => {
    if (get().images[attachmentId]) return;
    try {
      const image = await api.call('checklists.photo', { attachmentId });
      set((s) => ({ images: { ...s.images, [attachmentId]: `data:${image.mimeType};base64,${image.dataBase64}` } }));
    } catch (error) {
      set({ error });
    }
  },

  reset: () => set(initial),
}));
