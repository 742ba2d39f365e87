import { z } from 'zod';

/**
 * A `choice` note — where the source is silent or ambiguous, what the app
 * decided and why — in both languages, so a Chinese page never shows the
 * English one. Rule packs, profiles, reports and ledgers all carry them.
 *
 * A pack or profile head office published before the notes were bilingual
 * holds one English string: it is read as both languages, so the site keeps
 * running that version until head office publishes it again (the shipped
 * data is held to both languages by test/shared/choice-notes.test.ts).
 */
export const bilingualNoteSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type ChoiceNote = z.infer<typeof bilingualNoteSchema>;

export const choiceNoteSchema = z.union([bilingualNoteSchema, z.string().min(1).transform((en): ChoiceNote => ({ zh: en, en }))]);

/** The note in the language shown: the English one only on an English page. */
export function noteText(note: ChoiceNote, lang: string): string {
  return lang.startsWith('en') ? note.en : note.zh;
}

/** The `lang` attribute of a note shown in `lang`: what a screen reader needs to read it. */
export function noteLang(lang: string): 'en' | 'zh-CN' {
  return lang.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * A notification keeps its obligation's note in a text column: as JSON since
 * the notes are bilingual, as the bare English string in rows written before.
 */
export function noteFromColumn(stored: string | null): ChoiceNote | null {
  if (stored === null) return null;
  try {
    const parsed = bilingualNoteSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: a row written before the notes were bilingual
  }
  return { zh: stored, en: stored };
}

export function noteToColumn(note: ChoiceNote | undefined): string | null {
  return note ? JSON.stringify({ zh: note.zh, en: note.en }) : null;
}
