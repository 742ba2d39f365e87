/**
 * Wording shared by the profiles: the generic pack for organisations whose
 * source gives no complaint rules, and the note for media registers the
 * source gives no categories for.
 */
export const GENERIC_PACK = 'seed004-p-generic';

/** For an organisation whose own source gives no complaint procedure. */
export const noComplaintRules = (what: string) =>
  `${what} gives this organisation no complaint procedure; its complaints are graded by the generic customer complaint handling system of seed004 §P (valid complaint, escalated complaint, the extension asked 1 working day ahead), the one pack written for no particular organisation. Head office sets the organisation's own pack by publishing the site record or this profile again.`;

/** For a media register with no categories from the source. */
export const NO_MEDIA_CATEGORIES =
  "The source gives this organisation no categories of complaint content, so none are invented: the media register records each case's channel and content in words and its statistics count every case as 未分类. Head office may publish this profile again with the organisation's own list.";

/** For an organisation whose source lists the content categories of its complaints (the media register counts negative news by 投诉内容, seed001 S1 二、1). */
export const OWN_COMPLAINT_CATEGORIES =
  "seed001 S1 counts negative news by 投诉内容, in the car dealer's own categories; this organisation's source classifies its complaints by content, so its media register counts by those.";
