import type { ChecklistTemplateInput } from '../template-schema';
import { check, date, signer, text } from './template-helpers';

const S = 'seed002 客户管理制度1'; // 邮政行业寄递服务用户个人信息安全管理规定 (seed002-part1 §1)
export const art = (n: string, extraction: string) => `${S} 第${n}条 (seed002-part1 ${extraction})`;
const G = (n: string) => art(n, '§1.4');
const P = (n: string) => art(n, '§1.5');
const E = (n: string) => art(n, '§1.6');
const NA = { zh: '本单位无此业务时选“不适用”。', en: 'Not applicable where the unit has no such business.' };

/**
 * 寄递用户信息安全自查表: the enterprise's duties of 第二章 to 第四章
 * (第八条–第三十九条), one check each (第三十六条 split into its three
 * points), for the periodic self-inspection 第二十七条 asks for. The source
 * says "定期" without a period, so the template carries no schedule; the
 * regulator's own duties (第五章) are not the enterprise's to check.
 * Version 1.0.0, every check a tick; 1.1.0 (personal-info-security-evidence.ts)
 * adds the evidence the app reads from its own store.
 */
export const personalInfoSecuritySelfCheckV100: ChecklistTemplateInput = {
  id: 'privacy.personal-info-self-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '寄递用户个人信息安全自查表', en: 'Personal information security self-check' },
  source: `${S} 第八–三十九条 (seed002-part1 §1.4–§1.6, §6.4)`,
  sections: [
    {
      id: 'inspection',
      title: { zh: '自查', en: 'Self-inspection' },
      source: art('二十七', '§1.5: 定期自查，记录自查情况，及时消除隐患'),
      items: [
        date('inspected-on', '自查日期', 'Inspected on', art('二十七', '§1.5')),
        text('inspector', '自查人', 'Inspected by', art('二十七', '§1.5'), { required: true }),
        text('scope', '自查范围（网点、部门）', 'Scope (outlet, department)', art('八', '§1.4')),
      ],
    },
    {
      id: 'general',
      title: { zh: '第二章 一般规定', en: 'General duties' },
      source: art('八–十七', '§1.4'),
      items: [
        check('a8', '建立健全用户信息安全保障制度和措施，明确各部门、岗位的安全责任，开展安全责任考核', 'Security rules and measures in place; each department and post has its responsibility; responsibility assessed', G('八')),
        check('a9', '以加盟方式经营的，加盟协议中订立了用户信息安全保障条款，明确双方安全责任', 'Franchise: the franchise agreement has security clauses and divides responsibility', G('九'), { hint: NA }),
        check('a10', '与从业人员签订了用户信息保密协议，明确保密义务和违约责任', 'Every employee has signed a confidentiality agreement stating duties and liability', G('十')),
        check('a11', '组织了用户信息安全保护知识、技能培训和职业道德教育', 'Staff trained in information protection and professional ethics', G('十一')),
        check('a12', '建立了用户信息安全投诉处理机制，公布有效联系方式，及时处理投诉', 'Complaint mechanism for information security in place; contact details published; complaints handled promptly', G('十二')),
        check('a13', '受网购、电视购物、邮购经营者委托的，协议订立了信息安全保障条款（使用范围和方式、交换保护措施、泄露责任划分）', 'Delivering for online/TV/mail-order sellers: contract has security clauses (use, exchange protection, liability for leaks)', G('十三'), { hint: NA }),
        check('a14', '委托第三方录入的，已确认其信息安全保障能力并订立保障条款、明确责任划分', 'Third-party data entry: its capability confirmed, security clauses signed, liability divided', G('十四'), { hint: NA }),
        check('a15', '未经法律明确授权或用户书面同意，未向任何单位或个人提供用户信息', 'No user information given to anyone without legal authority or the user\'s written consent', G('十五')),
        check('a16', '公安、国家安全、检察机关依法调阅时予以配合并保密', 'Lawful consultation by police, state security or procuratorate supported and kept confidential', G('十六'), { hint: NA }),
        check('a17', '建立了信息安全应急处置机制；发生事故立即补救、按规定报告，不迟报、漏报、谎报、瞒报', 'Emergency mechanism in place; incidents remedied and reported as required, never late, missing, false or concealed', G('十七')),
      ],
    },
    {
      id: 'physical',
      title: { zh: '第三章 寄递详情单实物信息安全管理', en: 'Paper waybill information' },
      source: art('十八–二十七', '§1.5'),
      items: [
        check('a18', '空白寄递详情单发放已登记，号段全程跟踪并形成跟踪记录', 'Blank waybills issued are registered; number ranges tracked end to end with a tracking record', P('十八')),
        check('a19', '无关人员未进出处理、存放场地，未接触、翻阅邮件（快件）', 'No unrelated persons in handling or storage areas or touching items', P('十九')),
        check('a20', '已优化处理流程，减少接触实物信息的环节和人员', 'Processing streamlined: fewer steps and people touching paper information', P('二十')),
        check('a21', '采用有效技术手段防止实物信息在寄递过程中泄露', 'Technical means prevent leaks of paper information in transit', P('二十一')),
        check('a22', '配备符合国家标准的安全监控设备和专门人员，覆盖收寄、分拣、运输、投递', 'Monitoring equipment to national standards, with skilled staff, over acceptance, sorting, transport and delivery', P('二十二')),
        check('a23', '详情单实物档案集中封闭管理，确定集中存放地并及时回收；存放地设立、变更已报告邮政管理部门', 'Waybill archives kept closed at a central store and recovered promptly; store set-up or change reported', P('二十三')),
        check('a24', '集中存放地设专人管理，采取必要的安全防护措施', 'Central store has a designated keeper and protection measures', P('二十四')),
        check('a25', '查阅档案做好查阅登记，档案完整无损，未私自携带离开存放地', 'Archive consultations registered; archives intact; none taken out', P('二十五')),
        check('a26', '档案按规定期限保存，期满集中销毁并做好销毁记录，未丢弃或贩卖', 'Archives kept for the set period, destroyed centrally with a destruction record; never discarded or sold', P('二十六')),
        check('a27', '定期自查并记录，及时消除发现的隐患', 'Periodic self-inspection recorded; hazards found removed promptly', P('二十七')),
      ],
    },
    {
      id: 'electronic',
      title: { zh: '第四章 寄递详情单电子信息安全管理', en: 'Electronic information' },
      source: art('二十八–三十九', '§1.6'),
      items: [
        check('a28', '按国家规定加强信息系统和网络设施的安全管理', 'Information systems and network facilities managed to national rules', E('二十八')),
        check('a29', '网络合理划分安全区域并有效隔离，能防范、监控和阻断内外部攻击', 'Network divided into isolated security zones; attacks from inside and outside prevented, monitored, blocked', E('二十九')),
        check('a30', '配备防病毒软件、硬件，防止恶意代码破坏、信息泄露或被篡改', 'Anti-virus in place against malicious code, leaks and tampering', E('三十')),
        check('a31', '未使用供应商默认密码和安全参数；公共网络传输的用户信息已加密；远程访问严格审查并监控', 'No vendor default passwords or parameters; information over public networks encrypted; remote access reviewed and monitored', E('三十一')),
        check('a32', '与软硬件及技术服务供应商签订了保密协议，明确安全责任和配合调查义务', 'Confidentiality agreements with suppliers, including cooperation in investigations', E('三十二')),
        check('a33', '建立信息系统安全内部审计制度，定期审计并及时整改', 'Internal security audit in place, held periodically, findings corrected', E('三十三')),
        check('a34', '按权限最小化和权限分离原则分配权限；网管维护经安全管理员授权并由安全审计员审计', 'Least privilege and separation of duties; maintenance authorised by the security administrator and audited by the auditor', E('三十四')),
        check('a35', '使用高安全级别密码策略，定期更换密码，未将密码透露给无关人员', 'Strong password policy; passwords changed periodically and never disclosed', E('三十五')),
        check('a36-1', '用户信息存储在独立物理区域，防止未经授权人员进入', 'User information stored in a separate physical area closed to unauthorised persons', E('三十六（一）')),
        check('a36-2', '用户信息采用加密方式存储', 'User information stored encrypted', E('三十六（二）')),
        check('a36-3', '存储设备和介质有负责人、有使用和借用登记，输出端口受限，报废时删除数据并销毁', 'Storage devices and media have an owner and a use/loan register; output ports restricted; data deleted and hardware destroyed on scrapping', E('三十六（三）')),
        check('a37', '批量导出、复制、销毁用户信息均经审查，并记录操作人员、时间、地点和事项', 'Every bulk export, copy or destruction reviewed and logged with operator, time, place and matter', E('三十七')),
        check('a38', '对离岗人员进行信息安全审计，及时删除或禁用其系统账户', "Leavers audited; their accounts deleted or disabled promptly", E('三十八')),
        check('a39', '制定了信息系统安全互联技术规则，存储寄递信息的系统实行接入审查，定期进行安全风险评估', 'Interconnection rules in place; systems holding delivery information reviewed before connection; periodic risk assessment', E('三十九')),
      ],
    },
    {
      id: 'result',
      title: { zh: '自查结论', en: 'Result' },
      source: art('二十七', '§1.5'),
      items: [text('hazards', '发现的隐患及消除措施', 'Hazards found and how they were removed', art('二十七', '§1.5: 及时消除自查中发现的信息安全隐患'), { required: true })],
    },
  ],
  signers: [signer('自查人', 'Inspected by'), signer('信息安全负责人', 'Information security lead'), signer('审核人', 'Reviewed by')],
};
