import type { ChecklistTemplateInput, TemplateSection } from '../template-schema';
import { check, date, option, signer, text, type ItemInput } from './template-helpers';

const S = 'seed000 第四篇'; // 常用合同条款分析及法律风险防控 (seed000-part2 §A.2)
const at = (ref: string) => `${S} ${ref} (seed000-part2 §A.2)`;

type SectionInput = Omit<TemplateSection, 'items'> & { items: ItemInput[] };
const clause = (n: number, zh: string, en: string, items: ItemInput[]): SectionInput => ({
  id: `clause-${n}`,
  title: { zh: `${n}、${zh}`, en: `${n}. ${en}` },
  source: at(`${n}、${zh}`),
  items,
});

const RESULT_HINT = {
  zh: '合格 = 条款已避免该风险；不合格 = 存在风险；不适用 = 合同不涉及。',
  en: 'Pass = the clause avoids the risk; fail = the risk is present; n/a = not relevant to this contract.',
};

/**
 * 常用合同条款法律风险审查表: the source's 13 clause types, each with its risk
 * points numbered as in the source. The confidentiality clause (8) has no
 * numbered points; its one sentence lists seven things the clause must do, one
 * check each. The source gives no scores or weights: the review records risks,
 * it does not grade.
 */
export const contractClauseReview: ChecklistTemplateInput = {
  id: 'legal.contract-clause-review',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '常用合同条款法律风险审查表', en: 'Contract clause legal-risk review' },
  source: `${S} (seed000-part2 §A)`,
  sections: [
    {
      id: 'contract',
      title: { zh: '合同', en: 'Contract' },
      source: `${S} (seed000-part2 §A.0, Implications 1)`,
      items: [
        text('contract-name', '合同名称', 'Contract', `${S} (seed000-part2 Implications 1 ContractReview)`, { required: true }),
        {
          id: 'contract-type',
          kind: 'choice',
          label: { zh: '合同类型', en: 'Contract type' },
          source: `${S} (seed000-part2 §A.0 scope)`,
          required: true,
          options: [
            option('sale', '买卖/购销合同', 'Sale / purchase'),
            option('supply', '供销合同', 'Supply'),
            option('lease', '租赁合同', 'Lease'),
            option('work', '承揽/加工承揽合同', 'Work / processing'),
            option('design', '设计合同', 'Design'),
            option('carriage', '运输合同', 'Carriage'),
            option('technology', '技术/技术开发合同', 'Technology / technology development'),
            option('service', '服务性合同', 'Service'),
            option('foreign', '涉外合同', 'Foreign-related'),
            option('unnamed', '无名合同', 'Unnamed (innominate)'),
            option('other', '其他', 'Other'),
          ],
        },
        text('counterparty', '对方当事人', 'Counterparty', `${S} (seed000-part2 Implications 1 ContractReview)`, { required: true }),
        date('reviewed-on', '审查日期', 'Reviewed on', `${S} (seed000-part2 Implications 1 ContractReview)`),
      ],
    },
    clause(1, '合同标的及法律风险防控', 'Subject matter', [
      check('c1-1', '使用标的物的正式名称（标准学名）和全称，文字表述明确具体', "The subject's official (standard) full name, stated clearly and specifically", at('1、(1)'), { hint: RESULT_HINT }),
      check('c1-2', '写明商品商标', 'The trademark (brand) of the goods is stated', at('1、(2)')),
      check('c1-3', '注意同名异物和同物异名，必要时配合图片或描述性说明', 'Same name for different things, different names for one thing: agreed expressly, with pictures or descriptions where needed', at('1、(3)')),
      check('c1-4', '写明标的品种、规格、花色及配套件', 'Variety, specification, colour/pattern and accessories stated', at('1、(4)')),
    ]),
    clause(2, '数量条款及法律风险防控', 'Quantity', [
      check('c2-1', '采用计算方法确定数量时，计算方法无歧义', 'Where quantity comes from a calculation method, the method is unambiguous', at('2、(1)')),
      check('c2-2', '以某一方最终确定实际数量时，已考虑需求变化（如需方突然增大需求）', 'Where one party fixes the actual quantity, changes in demand (e.g. a sudden increase) are provided for', at('2、(2)')),
    ]),
    clause(3, '质量条款及法律风险防控', 'Quality', [
      check('c3-1', '质量验收事项约定明确（验收地点、不合格能否拒收及损害承担、联合验收分歧处理）', 'Acceptance agreed: place, right to refuse non-conforming goods and who bears the damage, how joint-acceptance disagreements are settled', at('3、(1)')),
      check('c3-2', '质量认定的最终途径（第三方检测机构）约定明确', 'Final route for deciding quality (the third-party testing body) agreed', at('3、(2)')),
      check('c3-3', '委托检验的费用承担约定明确', 'Who pays for commissioned inspection agreed', at('3、(3)')),
    ]),
    clause(4, '价款或报酬条款及法律风险防控', 'Price or remuneration', [
      check('c4-1', '价款计算方法约定明确', 'Price calculation method agreed clearly', at('4、(1)')),
      check('c4-2', '标的复杂时不只约定总价（部分解除时可确定未履行部分的价款）', 'Complex subject matter: not only a total price (the price of an unperformed part can be determined)', at('4、(2)')),
      check('c4-3', '价款支付方式不过于简单（服务性合同可据对方履行情况抗辩）', 'Payment terms not merely amounts and dates (in service contracts, payment can be withheld when the other party does not perform)', at('4、(3)')),
    ]),
    clause(5, '合同的时间及法律风险防控', 'Time', [
      check('c5-1', '非一次性交易约定了合同有效期；确实无法约定时，详细约定了合同解除条件', 'Not a one-off deal: a validity period is agreed, or where that is impossible, detailed termination conditions', at('5、(1)')),
      check('c5-2', '各项义务（含次要义务）约定了履行时间', 'Each obligation, secondary ones included, has a time of performance', at('5、(2)')),
      check('c5-3', '需要期限的义务约定了履行期限，特定行为约定了最长履行期限', 'Obligations needing a period have one; a specific act has a longest performance period', at('5、(3)')),
    ]),
    clause(6, '履行方式及法律风险防控', 'Manner of performance', [
      check('c6-1', '代为履行有相应限制；设计、加工承揽等对当事人能力有特殊需要的合同有代为履行禁止条款', 'Substitute performance is restricted; design, processing and similar contracts prohibit it', at('6、(1)')),
      check('c6-2', '运输方式、运输费用承担、运输风险负担约定明确', 'Transport mode, who pays transport, who bears transport risk agreed', at('6、(2)')),
    ]),
    clause(7, '风险转移及法律风险防控', 'Transfer of risk', [
      check('c7-1', '企业未承担法律规定应由对方承担的损失风险', 'The enterprise does not take on loss risks the law puts on the other party', at('7、(1)')),
      check('c7-2', '无名合同的风险转移约定明确', 'Transfer of risk agreed in an unnamed contract', at('7、(2)')),
      check('c7-3', '法定风险转移的具体界定明确', 'Concrete meaning of the statutory transfer of risk agreed', at('7、(3)')),
      check('c7-4', '风险转移约定不违反法律强制性规定（免责条款无效的情形）', 'Risk-transfer terms do not break mandatory law (void exemption clauses)', at('7、(4)')),
    ]),
    clause(8, '保密条款及法律风险防控', 'Confidentiality', [
      check('c8-mutual', '保密义务是双方的，而不是单方的', 'The duty of confidentiality binds both parties, not one', at('8: 保密义务也应当是双方的，而不是单方的')),
      check('c8-defined', '对技术秘密和商业秘密等进行了定义', 'Technical and trade secrets are defined', at('8: 应当对技术秘密和商业秘密等进行定义')),
      check('c8-scope', '约定了保密义务的范围', 'Scope of the duty agreed', at('8: 应当约定保密义务的范围')),
      check('c8-method', '约定了保密的方法', 'Method of keeping confidentiality agreed', at('8: 方法')),
      check('c8-procedure', '约定了保密处理程序', 'Confidentiality handling procedure agreed', at('8: 保密处理程序')),
      check('c8-period', '约定了保密期限', 'Confidentiality period agreed', at('8: 保密期限')),
      check('c8-remedy', '约定了失密救济', 'Remedy for a leak agreed', at('8: 失密救济')),
    ]),
    clause(9, '不可抗力及法律风险防控', 'Force majeure', [
      check('c9-1', '约定了不可抗力事件的范围（尤其需特别排除的事件，如政府行为）', 'Scope of force-majeure events agreed, especially events excluded (e.g. government acts)', at('9、(1)')),
      check('c9-2', '约定了事件发生后通知对方的期限及迟延通知的责任', 'Deadline for notifying the other party and liability for late notice agreed', at('9、(2)')),
      check('c9-3', '约定了出具证明文件的机构', 'Body issuing the certifying documents agreed', at('9、(3)')),
      check('c9-4', '约定了不可抗力事件的后果（解除、部分解除、暂停履行）', 'Consequences agreed: termination, partial termination, suspension', at('9、(4)')),
      check('c9-5', '约定了其他相关事项（减少损失措施、费用承担、保险等）', 'Other matters agreed: loss mitigation, costs, insurance', at('9、(5)')),
    ]),
    clause(10, '违约责任及法律风险防控', 'Liability for breach', [
      check('c10-0', '未仅约定“一方违约，承担违约责任”或“按法律规定承担违约责任”', 'Liability is not only "the breaching party bears liability" or "liability according to law"', at('10: 一方违约，承担违约责任或按法律规定承担违约责任。这样约定没有实际效果')),
      check('c10-1', '各项义务均有对应的违约责任（如交货义务的延迟、不能交付、交付物品不符）', 'Each obligation has its own liability (e.g. delivery: late, none, non-conforming)', at('10、(1)')),
      check('c10-2', '违约责任有具体的计算方法', 'Liability has a concrete calculation method', at('10、(2)')),
      check('c10-3', '设定了解除合同的权利', 'A right to terminate is reserved', at('10、(3)')),
    ]),
    clause(11, '解决争议条款及法律风险防控', 'Dispute resolution', [
      {
        id: 'c11-jurisdiction',
        kind: 'choice',
        label: { zh: '争议解决（仲裁或诉讼管辖）约定', en: 'Agreed arbitration or court' },
        hint: {
          zh: '法律风险由低到高：注册所在地；管辖约定不明；对方司法区域管辖；涉外合同在国外管辖或仲裁。',
          en: "Risk from lowest to highest: own registered location; unclear; the counterparty's jurisdiction; abroad (foreign-related contracts).",
        },
        source: at('11'),
        required: true,
        options: [
          option('own-location', '企业注册所在地', "Enterprise's registered location"),
          option('unclear', '管辖约定不明', 'Not clearly agreed'),
          option('counterparty-location', '对方司法区域管辖', "Counterparty's jurisdiction"),
          option('abroad', '在国外进行管辖或仲裁（涉外合同）', 'Abroad (foreign-related contract)'),
        ],
      },
    ]),
    clause(12, '生效条件及法律风险防控', 'Conditions for taking effect', [
      check('c12', '需在特定条件或期限届满后才执行的合同，生效条件已认真约定', 'Where execution depends on a condition or a term, the conditions for taking effect are agreed with care', at('12'), {
        hint: { zh: '一般合同：“合同自双方签字或盖章之日起生效”。', en: 'Ordinary contracts: "effective from the date both parties sign or seal".' },
      }),
    ]),
    clause(13, '合同目的及法律风险防控', 'Purpose of the contract', [
      check('c13', '较为复杂的合同约定了合同目的', 'A complex contract states its purpose', at('13: 在较为复杂的合同中约定合同目的是非常必要的')),
    ]),
    {
      id: 'conclusion',
      title: { zh: '审查结论', en: 'Conclusion' },
      source: `${S} (seed000-part2 Implications 1 ContractReview)`,
      items: [text('conclusion', '总体审查意见', 'Overall opinion', `${S} (seed000-part2 Implications 1 ContractReview)`, { required: true })],
    },
  ],
  signers: [signer('审查人', 'Reviewed by'), signer('业务部门负责人', 'Business department head'), signer('法律部门审核', 'Legal department')],
};
