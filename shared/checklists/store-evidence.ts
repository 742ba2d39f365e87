/**
 * Evidence the core reads from its own store into a checklist (issue 19 §4: the personal-information
 * self-check of seed002 客户管理制度1 partly filled from the user list and the access register). An item
 * carrying `fromStore` is filled by the app when the record starts (and again on 重新统计), never typed:
 * a count goes into a `number` item, the names or figures behind it into a `text` item. Computed yes/no
 * items compare the counts where the source states a clear condition (computed-answers.ts, kind `count`);
 * the source's own judgements stay ticks with the evidence printed beside them.
 *
 * The register figures cover the period since the previous completed record of the same template (the
 * source says 定期 without a period, so one self-check covers what happened since the last one).
 */
export const STORE_EVIDENCE = {
  /** Active accounts whose roles carry `personal.readFull` (see full phone, ID and address), and who they are. */
  fullReaderCount: 'number',
  fullReaderNames: 'text',
  /** Active accounts still signing in with the PIN the app ships for its demo data (123456). */
  defaultSecretCount: 'number',
  defaultSecretNames: 'text',
  /** Each active account with the day its PIN or password was last set (made or reset), oldest first. */
  secretAges: 'text',
  /** Disabled accounts, with the day each was disabled. */
  disabledNames: 'text',
  /** Active accounts with no sign-in in the audit log, and each other active account's last sign-in day. */
  neverSignedInNames: 'text',
  lastSignIns: 'text',
  /** The access register over the period: full views, exports (and those without a purpose), destructions. */
  registerSummary: 'text',
  /** Register entries of exports and deletions in the period missing the operator, time, place or matter (第三十七条). */
  registerIncompleteCount: 'number',
  /** Destruction records (销毁记录) in the period, and customers whose retention has expired but are not yet destroyed. */
  destructionSummary: 'text',
} as const satisfies Record<string, 'number' | 'text'>;

export type StoreEvidenceFact = keyof typeof STORE_EVIDENCE;
export const STORE_EVIDENCE_FACTS = Object.keys(STORE_EVIDENCE) as [StoreEvidenceFact, ...StoreEvidenceFact[]];

/** The evidence as the core read it: a count or a text per fact. */
export type StoreEvidence = { [F in StoreEvidenceFact]: (typeof STORE_EVIDENCE)[F] extends 'number' ? number : string };

/** The items a template fills from the store, by id, with the fact each holds. */
export function storeEvidenceItems(template: { sections: readonly { items: readonly { id: string; fromStore?: StoreEvidenceFact | undefined }[] }[] }): { id: string; fact: StoreEvidenceFact }[] {
  return template.sections.flatMap((s) => s.items.flatMap((i) => (i.fromStore ? [{ id: i.id, fact: i.fromStore }] : [])));
}

/** The answers with every evidence item set from the evidence read (the rest unchanged). */
export function withStoreEvidence(template: Parameters<typeof storeEvidenceItems>[0], answers: Readonly<Record<string, unknown>>, evidence: StoreEvidence): Record<string, unknown> {
  const out: Record<string, unknown> = { ...answers };
  for (const { id, fact } of storeEvidenceItems(template)) out[id] = evidence[fact];
  return out;
}
