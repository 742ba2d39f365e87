import type { ChecklistTemplateInput } from '../template-schema';
import { check, date, signer, text } from './template-helpers';

const S = 'seed003 篇1 8'; // 客诉处理管理办法 8 处理原则 (seed003-part1 §1.7)
const at = (ref: string) => `${S}.${ref} (seed003-part1 §1.7)`;
const NA = { zh: '本次处理中未出现该情形时选“不适用”。', en: 'Not applicable when the situation did not arise.' };

/**
 * 处理原则自查: the handler's self-check, after a complaint, against every
 * point of 篇1 section 8 (8.1 and 8.2 a–h, 8.3 a–e, 8.4 a–g, 8.5 a–h, 8.6 a–i;
 * 8.6 f–i are scripts, checked as "used where it fitted"). No scores in the source.
 */
export const handlingPrinciplesSelfCheck: ChecklistTemplateInput = {
  id: 'service.handling-principles-self-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '客诉处理原则自查表', en: 'Complaint handling principles: self-check' },
  source: `${S} 处理原则 (seed003-part1 §1.7, §6.4)`,
  sections: [
    {
      id: 'case',
      title: { zh: '自查对象', en: 'Case' },
      source: `${S} 处理原则 (seed003-part1 §6.4: checklist per complaint)`,
      items: [
        text('complaint', '客诉编号／客户', 'Complaint no. / customer', `${S} (seed003-part1 §6.4)`, { required: true }),
        date('checked-on', '自查日期', 'Checked on', `${S} (seed003-part1 §6.4)`),
      ],
    },
    {
      id: 'general',
      title: { zh: '8.1 总原则', en: '8.1 General principle' },
      source: at('1'),
      items: [
        check('p8-1', '顾客满意第一，顾客永远是对的；如果顾客错了，顾客满意第一', 'Customer satisfaction first; the customer is always right; if the customer is wrong, satisfaction still comes first', at('1')),
      ],
    },
    {
      id: 'attention',
      title: { zh: '8.2 处理顾客抱怨注意事项', en: '8.2 Points of attention' },
      source: at('2'),
      items: [
        check('p8-2a', '克制自己的情绪', 'Kept my own emotions in check', at('2 a)')),
        check('p8-2b', '要有自己的言行代表整个公司的意识', 'Aware that my words and deeds represent the whole company', at('2 b)')),
        check('p8-2c', '以顾客的角度出发，换位思考', "Took the customer's viewpoint", at('2 c)')),
        check('p8-2d', '以第三者的角度保持冷静', 'Stayed calm as a third party would', at('2 d)')),
        check('p8-2e', '认真倾听', 'Listened carefully', at('2 e)')),
        check('p8-2f', '顾客抱怨处理原则是迅速第一', 'Speed first', at('2 f)')),
        check('p8-2g', '表现出“诚意”', 'Showed sincerity', at('2 g)')),
        check('p8-2h', '绝对不要与顾客为敌，不要说不管，不解决', 'Never treated the customer as an enemy; never said "not my business" or "won\'t solve it"', at('2 h)')),
      ],
    },
    {
      id: 'agitated',
      title: { zh: '8.3 当顾客情绪激动时的处理办法', en: '8.3 When the customer is agitated' },
      source: at('3'),
      items: [
        check('p8-3a', '表示对顾客的理解', 'Expressed understanding', at('3 a)'), { hint: NA }),
        check('p8-3b', '必要时可让对方放下电话，我们再将电话打过去', 'Where needed, let the customer hang up and called back', at('3 b)'), { hint: NA }),
        check('p8-3c', '倾听情绪激动的原因', 'Listened to the reason for the agitation', at('3 c)'), { hint: NA }),
        check('p8-3d', '必要时委托业务员当面了解、致歉', 'Where needed, sent a salesperson to meet and apologise in person', at('3 d)'), { hint: NA }),
        check('p8-3e', '最后一招，改变谈判对象或结构', 'Last resort: changed the negotiator or the structure', at('3 e)'), { hint: NA }),
      ],
    },
    {
      id: 'communication',
      title: { zh: '8.4 沟通方式', en: '8.4 Communication' },
      source: at('4'),
      items: [
        check('p8-4a', '养成良好电话通话习惯', 'Good telephone habits', at('4 a)')),
        check('p8-4b', '态度诚挚和谐', 'Sincere, harmonious attitude', at('4 b)')),
        check('p8-4c', '报明自己单位姓名', 'Stated my unit and name', at('4 c)')),
        check('p8-4d', '声音力求自然悦耳、平和、平等、职业', 'Voice natural, pleasant, calm, equal, professional', at('4 d)')),
        check('p8-4e', '适当尊称增进关系', 'Used fitting honorifics', at('4 e)')),
        check('p8-4f', '暂离或中断先告知，随后主动沟通', 'Announced a pause or break, then resumed on my own initiative', at('4 f)'), { hint: NA }),
        check('p8-4g', '对方的谈话有必要时复述', "Repeated back the customer's words where needed", at('4 g)')),
      ],
    },
    {
      id: 'solution',
      title: { zh: '8.5 如何尽快达到对方满意的解决方法', en: '8.5 Reaching a satisfactory solution quickly' },
      source: at('5'),
      items: [
        check('p8-5a', '倾听对方的意见', "Listened to the customer's opinion", at('5 a)')),
        check('p8-5b', '摸出底线', "Found out the customer's bottom line", at('5 b)')),
        check('p8-5c', '寻找东西转移注意力', 'Found something to divert attention', at('5 c)'), { hint: NA }),
        check('p8-5d', '重复企业能接受的大原则', 'Repeated the broad principles the company can accept', at('5 d)')),
        check('p8-5e', '让对方明白如何做是正确的', 'Made clear what the right course is', at('5 e)')),
        check('p8-5f', '绵里藏针', 'Firm beneath the softness', at('5 f)')),
        check('p8-5g', '留一个缓冲的空间', 'Left room to buffer', at('5 g)')),
        check('p8-5h', '给予适当期限与预警', 'Gave fitting deadlines and warnings', at('5 h)')),
      ],
    },
    {
      id: 'concessions',
      title: { zh: '8.6 如何让步', en: '8.6 Making concessions' },
      source: at('6'),
      items: [
        check('p8-6a', '试探底线', 'Probed the bottom line', at('6 a)'), { hint: NA }),
        check('p8-6b', '让步的策略：幅度大→小，次数多→少，速度快→慢', 'Concession strategy: size large → small, number many → few, speed fast → slow', at('6 b) ①②③'), { hint: NA }),
        check('p8-6c', '给对方感觉到企业已到极限', 'Let the customer feel the company has reached its limit', at('6 c)'), { hint: NA }),
        check('p8-6d', '选择性接受对方条件', "Accepted the customer's conditions selectively", at('6 d)'), { hint: NA }),
        check('p8-6e', '见好就收', 'Stopped when ahead', at('6 e)'), { hint: NA }),
        check('p8-6f', '“请您提供批号以便我们内部责任落实”', '"Please give us the batch number so we can assign responsibility internally"', at('6 f)'), { hint: NA }),
        check('p8-6g', '“请您将此产品与经销商确认后补齐”', '"Please confirm this product with the distributor and it will be made up"', at('6 g)'), { hint: NA }),
        check('p8-6h', '“今后，我们一定进一步加强品质宣导及监督，严格执行作业规范，杜绝此类现象再次发生”', '"We will strengthen quality promotion and supervision, follow operating standards strictly and stop this happening again"', at('6 h)'), { hint: NA }),
        check('p8-6i', '“再次感谢您的意见反馈，这是对我们产品的依赖与支持！”', '"Thank you again for your feedback: it is trust in and support for our products!"', at('6 i)'), { hint: NA }),
      ],
    },
  ],
  signers: [signer('处理人', 'Handler'), signer('审核人', 'Reviewed by')],
};

const P6 = 'seed003 篇6 第二章'; // 四川**实业集团 客户投诉管理办法(试行) 投诉处理基本原则 (seed003-part2 §1.3)
const art = (n: string) => `${P6} 第${n}条 (seed003-part2 §1.3)`;

/**
 * 投诉处理基本原则复核: a closed complaint reviewed against 第五–十二条 of the
 * Sichuan group's rules, one check each. A breach linked to an escalation is
 * grounds for a penalty (第四十一条), hence each failed check offers an action.
 */
export const basicPrinciplesReview: ChecklistTemplateInput = {
  id: 'service.basic-principles-review',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '投诉处理基本原则复核表', en: 'Complaint handling basic principles: review' },
  source: `${P6} 第五–十二条 (seed003-part2 §1.3, §4.5)`,
  sections: [
    {
      id: 'case',
      title: { zh: '复核对象', en: 'Case' },
      source: `${P6} (seed003-part2 §4.5: for reviewing a closed complaint)`,
      items: [
        text('complaint', '投诉编号／客户', 'Complaint no. / customer', `${P6} (seed003-part2 §4.5)`, { required: true }),
        date('reviewed-on', '复核日期', 'Reviewed on', `${P6} (seed003-part2 §4.5)`),
      ],
    },
    {
      id: 'principles',
      title: { zh: '投诉处理基本原则', en: 'Basic principles' },
      source: `${P6} 第五–十二条 (seed003-part2 §1.3)`,
      items: [
        check('a5', '以感谢的心态对待客户投诉，真诚地对客户抱怨或投诉表示感激', 'Treated the complaint with gratitude and sincerely thanked the customer', art('五')),
        check('a6', '本着“认真、负责”的态度，不向客户做职责范围以外、没有把握的任何承诺', 'Conscientious and responsible; no promise outside my duties or that I was unsure of', art('六')),
        check('a7', '全面、完整的记录客户信息，如实地反映客户问题', "Recorded the customer's information fully and reported the problem truthfully", art('七')),
        check('a8', '职责范围内的投诉快速处理，职责范围外的投诉在最短时间内快速传递', 'Handled quickly within my duties; passed on at once what was outside them', art('八')),
        check('a9', '本着“首问负责制”，不推诿，接到投诉的同时安抚客户再协调处理', 'First-asker responsibility: no buck-passing; soothed the customer, then coordinated', art('九')),
        check('a10', '无论投诉轻重、客户身份地位如何，都认真、负责、平等对待，不草率解决处理', 'Every complaint treated conscientiously and equally, whatever its weight or the customer\'s status; never settled carelessly', art('十')),
        check('a11', '严格在规定时限内处理，杜绝投诉事件延滞、停滞', 'Handled within the set time limits, without delay or stall', art('十一')),
        check('a12', '遵循投诉360°闭环处理，信息内部畅通、对外口径一致，突发与临时变化事件在规定时限内内外沟通反馈', '360° closed loop: information flows inside, one voice outside; emergencies and sudden changes communicated within the set limit', art('十二')),
      ],
    },
  ],
  signers: [signer('处理人', 'Handler'), signer('复核人', 'Reviewed by')],
};
