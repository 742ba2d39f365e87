import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { enrolledSite, entry, push } from './test-server';

/** A customer's personal data as a site pushes it, and how head office must show it masked. */
export const PHONE = '13812345678';
export const MASKED_PHONE = '138****5678';
export const ID_NUMBER = '110105199001011234';
export const ADDRESS = '北京市朝阳区建国路88号3单元';

export const MASKED_ID_NUMBER = '110***********1234';
export const MASKED_ADDRESS = '北京市朝阳区****';

export interface Pushed {
  siteId: string;
  complaintId: string;
  checklistId: string;
  /** The customer's file, linked to the complaint. */
  customerId: string;
  /** The ids of the linked records, per entity. */
  linked: Record<string, string>;
  /** The site's device credential, to push more. */
  auth: { authorization: string };
}

/**
 * A site pushes a complaint with the customer's phone and, linked to it (its timeline), a call-back, the
 * customer's file, a media incident and an opinion-book entry, each carrying personal fields; and a checklist.
 */
export async function pushPersonalRecords(app: FastifyInstance, code = 'PM01'): Promise<Pushed> {
  const site = await enrolledSite(app, code);
  const complaintId = randomUUID();
  const checklistId = randomUUID();
  const customerId = randomUUID();
  const complaint = {
    id: complaintId, serial: `${code}-2026-0001`, kind: 'complaint', status: 'in_progress', customerName: '王女士',
    customerPhone: PHONE, content: '包裹破损', receivedAt: '2026-11-02T01:00:00.000Z', dueAt: '2026-11-30T00:00:00.000Z', closedAt: null, version: 1,
  };
  const linked: { entity: string; entityId: string; payload: Record<string, string> }[] = [
    { entity: 'callback', entityId: randomUUID(), payload: { complaintId, at: '2026-11-03T01:00:00.000Z', phone: PHONE, phone2: PHONE } },
    { entity: 'customer', entityId: customerId, payload: { complaintId, createdAt: '2026-11-03T02:00:00.000Z', name: '王女士', phone: PHONE, idNumber: ID_NUMBER, address: ADDRESS } },
    { entity: 'media_incident', entityId: randomUUID(), payload: { complaintId, createdAt: '2026-11-03T03:00:00.000Z', posterContact: `微信 ${PHONE}` } },
    { entity: 'opinion_book_entry', entityId: randomUUID(), payload: { complaintId, createdAt: '2026-11-03T04:00:00.000Z', contact: `电话${PHONE} 身份证${ID_NUMBER}` } },
  ];
  const checklist = { id: checklistId, template_id: 'outlet-daily', template_version: 1, status: 'completed', started_at: '2026-11-02T00:00:00.000Z', completed_at: '2026-11-02T01:00:00.000Z', answers: {} };
  const pushed = await push(app, site.auth, {
    batchId: 'personal',
    entries: [
      entry({ entityId: complaintId, payload: complaint }),
      ...linked.map((l) => entry({ entity: l.entity, entityId: l.entityId, payload: l.payload })),
      entry({ entity: 'checklist_record', entityId: checklistId, payload: checklist }),
    ],
  });
  expect(pushed.statusCode).toBe(200);
  return { siteId: site.siteId, complaintId, checklistId, customerId, linked: Object.fromEntries(linked.map((l) => [l.entity, l.entityId])), auth: site.auth };
}
