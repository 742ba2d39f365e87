/**
 * The methods whose answers the core's dispatcher does not mask (the masks themselves are in
 * shared/privacy/mask.ts, shared so head office's console masks the same way): the one that shows a
 * record in full (it checks the right and registers the view), and a person's own drafts, which hold
 * what they typed themselves.
 */
export const UNMASKED_METHODS: ReadonlySet<string> = new Set(['privacy.reveal', 'drafts.get', 'drafts.save']);
