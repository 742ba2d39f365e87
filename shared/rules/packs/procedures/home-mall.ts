import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed004 §F'; // 客诉处理管理规范 (*** 家居连锁商场; the flowchart of 2.1 is partly garbled)

const RECEIVE = {
  roles: ['customer_service'],
  source: `${S} 1.4, 2.1 1–2`,
  choice: { zh: '“顾客服务部负责商场客诉管理，负责受理、解决投诉”：接待（2.1 第 1 步）即本程序的登记，受理（第 2 步）并指派由顾客服务部办理。', en: '“顾客服务部负责商场客诉管理，负责受理、解决投诉”: reception (2.1 step 1) is the app’s intake; accepting (step 2) and assigning is the Customer Service department’s.' },
} satisfies RouteStepRule;

const SILENT = {
  review: 'No review is named.',
  approve: 'No approval is named: the mall general manager is the first person responsible for complaint management (1.4), not a step.',
  sign: 'No signature is named.',
  close: 'The part of the source we have names no call-back nor who closes: the app’s own rights apply.',
};

/**
 * The mall's departments (1.4) and its routes by grade (2.1): Customer Service
 * receives and resolves complaints; the furniture and building-materials
 * department handles low-grade ones, and for a high-grade one verifies the
 * facts with the merchant and carries out Customer Service's solution; the
 * GM office tracks a high-grade one, handles it directly or reports it to the
 * region.
 */
export const homeMallProcedure: ProcedureInput = {
  source: `${S} 1.4, 2.1`,
  choice: {
    zh: '2.1 的流程图文字错乱：六个泳道（顾客、顾客服务部、家具建材部、总经办、区域、集团营运管理推进中心）与步骤的对应是按顺序读出的——1 接待、2 受理在顾客服务部，3.1“全程跟踪/直接处理/上报区域”在总经办，3.2、3.3 在区域和集团，4“协调处理”在家具建材部。区域和集团在本程序中是总部。招商部协助与商户沟通、企划部的舆情管控（规则包的通知）、物业安全部的现场秩序、财务部的定单复核和费用拨付都不是本程序的步骤，记入处理日志。',
    en: 'The flowchart of 2.1 is garbled: its six lanes (customer, Customer Service, furniture and building materials, GM office, region, group operations centre) are matched to its steps in order — 1 reception and 2 acceptance in Customer Service, 3.1 “全程跟踪/直接处理/上报区域” in the GM office, 3.2 and 3.3 in the region and the group, 4 “协调处理” in the furniture department. Region and group are head office in the app. Merchant recruitment’s help with merchants, planning’s public-opinion control (the pack’s notification), property and security’s on-site order and finance’s order check and payment are not steps of the route: handling log.',
  },
  roles: [
    { id: 'customer_service', name: { zh: '顾客服务部', en: 'Customer Service department' }, source: `${S} 1.4, 2.1` },
    { id: 'furniture_dept', name: { zh: '家具建材部', en: 'Furniture and building-materials department' }, source: `${S} 1.4, 2.1` },
    {
      id: 'gm_office',
      name: { zh: '总经办（商场总经理）', en: 'GM office (mall general manager)' },
      source: `${S} 1.4, 2.1 3.1`,
      choice: { zh: '商场总经理是“商场客诉管理第一责任人”（1.4），流程图中是总经办的泳道：两者对应到一个岗位。', en: 'The mall general manager is “商场客诉管理第一责任人” (1.4); the flowchart has the GM office’s lane: both are mapped to one post.' },
    },
  ],
  routes: [
    {
      classes: ['low'],
      source: `${S} 1.4`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['furniture_dept', 'customer_service'],
          source: `${S} 1.4`,
          choice: { zh: '“家具建材部负责低等级投诉处理”，顾客服务部“负责受理、解决投诉”：两者都可以办理处理步骤。', en: '“家具建材部负责低等级投诉处理”, and Customer Service “负责受理、解决投诉”: either takes the handling steps.' },
        },
      },
      handOver: [{ from: 'customer_service', to: 'furniture_dept', source: `${S} 1.4` }],
      silent: { ...SILENT, refer: 'No referral is named for a low-grade complaint: reporting up is for high-grade ones (2.1).' },
    },
    {
      classes: ['high'],
      source: `${S} 1.4, 2.1`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['customer_service', 'furniture_dept', 'gm_office'],
          source: `${S} 1.4, 2.1 3.1, 4`,
          choice: { zh: '顾客服务部解决投诉、制定客服解决方案，家具建材部向商户查证事实、沟通并执行该方案（1.4、2.1 第 4 步），总经办可直接处理（2.1 3.1）：三者都可以办理处理步骤。', en: 'Customer Service resolves it with its solution, the furniture department verifies the facts with the merchant, communicates and carries the solution out (1.4, 2.1 step 4), the GM office may handle it directly (2.1 3.1): the three take the handling steps.' },
        },
        refer: {
          roles: ['gm_office'],
          source: `${S} 2.1 3.1`,
          choice: { zh: '“高等级客诉 上报”、“上报区域”：按流程图的顺序读法，由总经办上报区域（本程序中的总部）；区域必要时再上报集团（规则包的升级原因）。', en: '“高等级客诉 上报”, “上报区域”: by the in-order reading of the chart, the GM office reports it to the region (head office in the app), which may report it on to the group (the pack’s escalation reason).' },
        },
      },
      handOver: [
        { from: 'customer_service', to: 'furniture_dept', source: `${S} 1.4, 2.1 4` },
        { from: 'customer_service', to: 'gm_office', source: `${S} 2.1 3.1` },
      ],
      silent: SILENT,
    },
  ],
};
