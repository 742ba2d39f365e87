/**
 * The demo sites (issue 17 §1.3): three differently profiled organisations.
 * The site app holds one of them (`npm start -- --demo <site>`, or the choice
 * on the first-run screen); head office's demo (`npm run server -- --demo`)
 * registers all three and publishes each its site record.
 */
export const DEMO_SITES = ['well-station', 'bank-outlet', 'service-centre'] as const;
export type DemoSite = (typeof DEMO_SITES)[number];

export interface DemoSiteRecord {
  code: string;
  name: string;
  organisation: string;
  rulePack: string;
  profileId: string;
}

export const DEMO_SITE_RECORDS: Record<DemoSite, DemoSiteRecord> = {
  'well-station': { code: 'YY42', name: '阳42井站', organisation: '四川某实业集团（演示）', rulePack: 'sichuan-group-p6', profileId: 'well-station' },
  'bank-outlet': { code: 'BK01', name: '某银行XX直属支行营业网点', organisation: '某银行（演示）', rulePack: 'bank-outlet', profileId: 'bank-outlet' },
  // The source of the service centre's profile gives no complaint procedure: the generic system of seed004 §P (the profile says why).
  'service-centre': { code: 'KF01', name: '客户服务中心', organisation: '某公司客服部（演示）', rulePack: 'seed004-p-generic', profileId: 'customer-service-centre' },
};

export const DEMO_SITE_PROFILE: Record<DemoSite, string> = {
  'well-station': DEMO_SITE_RECORDS['well-station'].profileId,
  'bank-outlet': DEMO_SITE_RECORDS['bank-outlet'].profileId,
  'service-centre': DEMO_SITE_RECORDS['service-centre'].profileId,
};
