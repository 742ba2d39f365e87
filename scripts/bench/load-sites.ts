// The simulated sites of the load bench (load.ts): real site stores, each
// with an outbox of real complaints, enrolled through the real flow.
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core/core';
import { openStore, type Store } from '../../electron/core/db/store';
import { databaseFile } from '../../electron/core/paths';
import { loadCalendar } from '../../electron/core/calendar/calendar';
import { createComplaint } from '../../electron/core/complaints/complaints';
import { gradingEnv } from '../../electron/core/complaints/grading';
import { readSite } from '../../electron/core/site/site';
import { enrolDevice } from '../../electron/core/sync/enrol';
import type { FetchLike } from '../../electron/core/sync/http';
import { CHANNELS } from '../../shared/domain/complaint-vocabulary';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { PLACES, TROUBLES, SURNAMES, GIVEN, customerNameOf } from './synthetic-data';

export interface Site {
  code: string;
  store: Store;
  siteId: string;
}

/** About 200 characters of complaint text, varied per record so compression does not flatter the push. */
function complaintText(i: number): string {
  let text = '';
  for (let k = 0; text.length < 190; k++) {
    const n = i * 7 + k * 13;
    text += `${PLACES[n % 8]}${TROUBLES[(n >> 2) % 10]}，${k === 0 ? `第${i % 97}次反映，` : ''}群众${SURNAMES[(n >> 3) % 10]}${GIVEN[(n >> 1) % 10]}说${PLACES[(n >> 4) % 8]}附近${TROUBLES[(n >> 5) % 10]}已有${(n % 9) + 1}天；`;
  }
  return `${text}要求尽快处理并答复。`;
}

/**
 * A demo site store with an empty outbox (the demo's own records are not
 * part of the load), closed so its file can be copied: opening the demo
 * 500 times would take minutes.
 */
async function templateStore(dir: string): Promise<string> {
  const core = await openCore({ dataDir: dir, demo: true, scryptCost: { N: 1024, r: 8, p: 1 }, regradeEveryMs: 0, notificationEveryMs: 0, backgroundSync: false });
  core.context.store.transaction((tx) => tx.prepare('DELETE FROM outbox').run());
  core.close();
  return databaseFile(dir);
}

/** Fills a site's outbox with `count` complaints through the core's createComplaint (validation, grading, serials, search, audit, outbox). */
function fillOutbox(store: Store, count: number, seed: number): void {
  const site = readSite(store.read)!;
  const receivers = (store.read.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id);
  const calendar = loadCalendar(store.read);
  store.transaction((tx) => {
    const env = gradingEnv(tx, new Date(), calendar);
    for (let k = 0; k < count; k++) {
      const i = seed * count + k;
      const at = new Date(Date.now() - (count - k) * 1000);
      createComplaint(
        tx,
        {
          kind: i % 10 === 0 ? 'inquiry' : 'complaint',
          channel: CHANNELS[i % CHANNELS.length]!,
          customerName: customerNameOf(i),
          customerPhone: `138${String(i).padStart(8, '0')}`,
          content: complaintText(i),
          receivedAt: at,
          firstReceiverId: receivers[i % receivers.length]!,
          mediaInvolved: false,
          regulatorInvolved: false,
          tickedCriteria: [],
        },
        site,
        env,
        receivers[0]!,
        at,
      );
    }
  });
}

/** `count` site stores under `dir`, each a copy of one demo store with `records` complaints of its own in the outbox. */
export async function prepareSites(dir: string, count: number, records: number, prefix: string): Promise<Store[]> {
  const template = await templateStore(path.join(dir, 'template'));
  const stores: Store[] = [];
  for (let s = 0; s < count; s++) {
    const file = databaseFile(path.join(dir, `${prefix}${s}`));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(template, file);
    const store = openStore(file);
    fillOutbox(store, records, s);
    stores.push(store);
  }
  return stores;
}

/** Registers a site at head office (admin API) and enrols the store with the code, as the site app does. */
export async function enrolSite(serverUrl: string, adminToken: string, store: Store, code: string, fetchLike: FetchLike): Promise<Site> {
  const created = await fetch(new URL(PATHS.adminSites, serverUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: `负载站 ${code}` }),
  });
  if (created.status !== 201) throw new Error(`creating site ${code}: ${created.status} ${await created.text()}`);
  const { enrolCode } = (await created.json()) as EnrolCodeResponse;
  const enrolled = await enrolDevice({ store, now: () => new Date(), fetch: fetchLike }, { serverUrl, code: enrolCode, deviceName: `bench ${code}`, userId: null });
  return { code, store, siteId: enrolled.siteId };
}
