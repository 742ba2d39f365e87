import { describe, expect, it } from 'vitest';
import { rulePackSchema, type RulePackInput } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS, SHIPPED_PACKS } from '../../../shared/rules/packs';
import { bankOutletPack } from '../../../shared/rules/packs/bank-outlet';
import { routeOf, routeStepOf, type ProcedureInput } from '../../../shared/rules/procedure-schema';

// Without the pack's paths: their roles are the bank's own, checked against its procedure (side-paths-schema.ts).
const withProcedure = (procedure: ProcedureInput): RulePackInput => ({ ...bankOutletPack, paths: undefined, procedure });
const issues = (procedure: ProcedureInput) => {
  const parsed = rulePackSchema.safeParse(withProcedure(procedure));
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};
/** The organisations whose packs run their own procedure. */
const ROUTED = [
  'seed002-doc14-franchise-sales', 'bank-outlet', 'seed001-s10-winery', 'seed001-s4-manufacturer', 'seed002-doc8-property', 'seed002-doc12-car-dealer', 'seed002-doc6-testing-station', 'seed002-doc11-heat-supply', 'retail-chain-p4',
  'seed004-d-service-company',
  'seed004-e-manufacturer',
  'seed004-i-parts-maker',
  'seed004-h-car-dealer',
  'seed004-l-skoda-dealer',
  'seed001-s14-product-company',
  'insurance-branch-p5',
  'food-maker-p1',
  'seed001-s15-tax-device-service',
  'seed004-f-home-mall',
  'seed004-j-domestic-sales-8d',
  'seed004-p-generic',
];
const roles = [
  { id: 'head', name: { zh: '网点负责人', en: 'Outlet head' }, source: 'test 第四条' },
  { id: 'clerk', name: { zh: '柜员', en: 'Clerk' }, source: 'test 第六条' },
];

describe('a pack’s procedure (roles and routes per class)', () => {
  it('accepts a route naming known roles, an approval with its place, and silent steps with their reason', () => {
    expect(
      issues({
        source: 'test',
        roles,
        routes: [{ source: 'test', steps: { handle: { roles: ['clerk'], source: 'test' }, sign: { roles: ['head'], before: 'close', source: 'test' } }, silent: { review: 'not named' } }],
      }),
    ).toEqual([]);
  });

  it('refuses unknown roles and classes, approvals without a place, acting steps with one, an unmet order and a step both named and silent', () => {
    expect(
      issues({
        source: 'test',
        roles: [...roles, roles[0]!],
        routes: [
          {
            classes: ['no-such-class'],
            source: 'test',
            steps: {
              receive: { roles: ['teller'], source: 'test' },
              handle: { roles: ['clerk'], before: 'reply', source: 'test' },
              approve: { roles: ['head'], source: 'test', after: 'review' },
              sign: { roles: ['head'], before: 'close', source: 'test' },
            },
            handOver: [{ from: 'clerk', to: 'nobody', source: 'test' }],
            silent: { sign: 'not named' },
          },
        ],
      }),
    ).toEqual([
      'source role ids must be unique',
      'unknown class no-such-class',
      'unknown source role teller',
      'an approval, and only an approval, says what it comes before',
      'an approval, and only an approval, says what it comes before',
      'no review step in this route',
      'step sign is both named and silent',
      'unknown source role nobody',
    ]);
  });

  it('gives an approval jointly only where it names two roles or more (会同, 两人)', () => {
    const route = (sign: object) => ({ source: 'test', roles, routes: [{ source: 'test', steps: { sign: { roles: ['head'], before: 'close', source: 'test', ...sign } } }] }) as ProcedureInput;
    expect(issues(route({ roles: ['head', 'clerk'], jointly: true }))).toEqual([]);
    expect(issues(route({ jointly: true }))).toEqual(['only an approval of two or more roles is given jointly']);
  });

  it('gates a hand-over only with an approval due before it, to known roles (篇1 4.4, §P 四 2)', () => {
    const route = (sign: object) => ({ source: 'test', roles, routes: [{ source: 'test', steps: { sign: { roles: ['head'], source: 'test', ...sign } } }] }) as ProcedureInput;
    expect(issues(route({ before: 'handOver' }))).toEqual([]);
    expect(issues(route({ before: 'handOver', handOverTo: ['clerk'] }))).toEqual([]);
    expect(issues(route({ before: 'reply', handOverTo: ['clerk'] }))).toEqual(['only an approval due before the hand-over names whom it is handed to']);
    expect(issues(route({ before: 'handOver', handOverTo: ['nobody'] }))).toEqual(['unknown source role nobody']);
  });

  it('starts a clock at an approval only where the route names that approval (篇1 4.4 经批准后)', () => {
    const procedure = { source: 'test', roles, routes: [{ source: 'test', steps: { sign: { roles: ['head'], before: 'handOver', source: 'test' } } }] } as ProcedureInput;
    const withDeadline = (from: object | string) =>
      rulePackSchema.safeParse({ ...withProcedure(procedure), deadlines: [{ milestone: 'dispatch', from, duration: { unit: 'hours', amount: 1 }, source: 'test 4.4' }] });
    expect(withDeadline({ afterApproval: 'sign' }).success).toBe(true);
    expect(withDeadline('approved').error?.issues.map((i) => i.message)).toEqual(["a route of the deadline's classes names no approve step"]);
    expect(withDeadline({ afterApproval: 'review' }).error?.issues.map((i) => i.message)).toEqual(["a route of the deadline's classes names no review step"]);
  });

  it('maps the workflow’s actions to the acting steps, and leaves logging and extensions to no route', () => {
    expect(['accept', 'markInvalid', 'planSolution', 'resolve', 'refer', 'callBack', 'close'].map(routeStepOf)).toEqual(['receive', 'receive', 'handle', 'handle', 'refer', 'close', 'close']);
    expect(['log', 'requestExtension', 'decideExtension', 'escalate', 'pause', 'resume'].map(routeStepOf)).toEqual([null, null, null, null, null, null]);
  });

  it('gives every class of the encoded organisations a route, and keeps their versions from before the routes', () => {
    for (const id of ROUTED) {
      const pack = SHIPPED_PACKS.find((p) => p.id === id)!;
      for (const c of pack.classes) expect(routeOf(pack.procedure!, c.code), `${id} ${c.code}`).toBeDefined();
      // The version before the routes stays shipped without them (later ones, e.g. the winery's clock starts, keep them).
      const beforeRoutes = SHIPPED_PACK_VERSIONS.filter((p) => p.id === id && p.version !== pack.version && p.procedure === undefined);
      expect(beforeRoutes.map((p) => p.version), id).toContain('1.0.0');
    }
  });
});
