import { create } from 'zustand';
import type { TemplateDraft, TemplateDraftSummary, TemplateEntry } from '../../shared/api/checklist-templates';
import { api } from '../api/client';

/** A version just published, with the title it is announced by (never its id: issue 20 item 5). */
export interface PublishedVersion {
  templateId: string;
  version: string;
  title: { zh: string; en: string };
}

interface TemplateEditorState {
  templates: TemplateEntry[];
  drafts: TemplateDraftSummary[];
  /** The version just published, announced on the list. */
  published: PublishedVersion | null;
  error: unknown;
  load: () => Promise<void>;
  /** A new draft: the next version of a template, or a new template's skeleton. */
  createDraft: (fromTemplateId?: string) => Promise<TemplateDraft>;
  setPublished: (published: PublishedVersion | null) => void;
  reset: () => void;
}

const initial = { templates: [], drafts: [], published: null, error: null };

/** A thin cache of head office's template list and drafts; a draft being edited lives in its screen (use-template-draft). */
export const useTemplateEditorStore = create<TemplateEditorState>()((set) => ({
  ...initial,

  load: async () => {
    try {
      const { templates, drafts } = await api.call('checklistTemplates.list', {});
      set({ templates, drafts, error: null });
    } catch (error) {
      set({ error });
    }
  },

  createDraft: (fromTemplateId) => api.call('checklistTemplates.createDraft', fromTemplateId ? { fromTemplateId } : {}),

  setPublished: (published) => set({ published }),

  reset: () => set(initial),
}));
