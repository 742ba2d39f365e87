import { create } from 'zustand';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import type { MediaIncident, MediaIncidentDetail, MediaStatistics, NewMediaIncident } from '../../shared/api/media';
import { api } from '../api/client';

/** The writes on one incident; each answers with the incident as stored. */
type IncidentWrite = Extract<ApiMethod, 'media.linkComplaint' | 'media.tickStep' | 'media.notify' | 'media.attach' | 'media.removeImage' | 'media.setStatus'>;

interface MediaState {
  year: number;
  items: MediaIncident[];
  statistics: MediaStatistics | null;
  error: unknown;
  byId: Record<string, MediaIncidentDetail>;
  /** Evidence images as data: URLs, by attachment id (an image never changes: its id names its content). */
  images: Record<string, string>;
  load: (year?: number) => Promise<void>;
  fetchOne: (id: string) => Promise<void>;
  fetchImage: (attachmentId: string) => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  create: (input: NewMediaIncident) => Promise<MediaIncidentDetail>;
  /** Throws the ApiCallError; the answer replaces the cached incident. */
  write: <M extends IncidentWrite>(method: M, input: ApiInput<M>) => Promise<MediaIncidentDetail>;
  reset: () => void;
}

const initial = { year: new Date().getFullYear(), items: [], statistics: null, error: null, byId: {}, images: {} };

/** A thin cache of the 负面新闻台账: the year's list and statistics, opened incidents and their images. */
export const useMediaStore = create<MediaState>()((set, get) => ({
  ...initial,

  load: async (year = get().year) => {
    set({ year });
    try {
      const [items, statistics] = await Promise.all([api.call('media.list', { year }), api.call('media.statistics', { year })]);
      if (get().year === year) set({ items, statistics, error: null });
    } catch (error) {
      set({ error });
    }
  },

  fetchOne: async (id) => {
    try {
      const incident = await api.call('media.get', { id });
      set((s) => ({ byId: { ...s.byId, [id]: incident }, error: null }));
    } catch (error) {
      set({ error });
    }
  },

  fetchImage: async (attachmentId) => {
    if (get().images[attachmentId]) return;
    try {
      const image = await api.call('media.attachment', { attachmentId });
      set((s) => ({ images: { ...s.images, [attachmentId]: `data:${image.mimeType};base64,${image.dataBase64}` } }));
    } catch (error) {
      set({ error });
    }
  },

  create: async (input) => {
    const incident = await api.call('media.create', input);
    set((s) => ({ byId: { ...s.byId, [incident.id]: incident } }));
    void get().load();
    return incident;
  },

  write: async (method, input) => {
    const incident = (await api.call(method, input)) as MediaIncidentDetail;
    set((s) => ({ byId: { ...s.byId, [incident.id]: incident } }));
    return incident;
  },

  reset: () => set(initial),
}));
