import type { ChecklistTemplateInput } from '../template-schema';
import { check, date, signer, text } from './template-helpers';

const S = 'seed003 篇8 二'; // 客户投诉处理办法（电力企业）: 综合运用技巧处理客户投诉 (seed003-part2 §3.2)
const at = (n: string, ref: string) => `${S} ${n}.“${ref}” (seed003-part2 §3.2)`;
const NA = { zh: '接待中未出现该情形时选“不适用”。', en: 'Not applicable when the situation did not arise.' };

/**
 * 投诉接待技巧检查: the 19 do's and don'ts of 看、听、说、动 for receiving a
 * complainant in person, for the receiver's self-check or a supervisor's
 * observation. The source gives no scores.
 */
export const receptionTechniqueCheck: ChecklistTemplateInput = {
  id: 'service.reception-technique-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '投诉接待技巧检查表（看、听、说、动）', en: 'Complaint reception technique check (look, listen, speak, act)' },
  source: `${S} (seed003-part2 §3, §4.5)`,
  sections: [
    {
      id: 'reception',
      title: { zh: '接待', en: 'Reception' },
      source: `${S}: 接待任何一位投诉者都应该以诚恳、恭谦的态度，同时运用看、听、说、动等技巧 (seed003-part2 §3.1)`,
      items: [
        date('received-on', '接待日期', 'Received on', `${S} (seed003-part2 §4.5)`),
        text('receiver', '接待人', 'Receiver', `${S} (seed003-part2 §4.5)`, { required: true }),
        text('observer', '检查人（自查时填本人）', 'Observed by (oneself for a self-check)', `${S} (seed003-part2 §4.5: self-assessment or supervisor observation)`, { required: true }),
      ],
    },
    {
      id: 'look',
      title: { zh: '看', en: 'Look' },
      source: at('1', '看'),
      items: [
        check('look-1', '要正视不要斜视', 'Looked straight, not sideways', at('1', '看')),
        check('look-2', '不要长时间盯着人看', 'Did not stare for long', at('1', '看')),
        check('look-3', '不要用轻视和游移不定的眼光看', 'No contemptuous or shifting gaze', at('1', '看')),
        check('look-4', '要适时地用目光接触投诉者，以表明自己在认真听', 'Timely eye contact to show I was listening', at('1', '看')),
      ],
    },
    {
      id: 'listen',
      title: { zh: '听', en: 'Listen' },
      source: at('2', '听'),
      items: [
        check('listen-5', '不被对方情绪感染，平静、诚恳地请对方坐下来说话，尽可能不要让投诉者站着', "Not carried away by the complainant's emotion; calmly and sincerely asked them to sit down", at('2', '听')),
        check('listen-6', '不要流露出不耐烦或不屑一顾的表情', 'Showed no impatience or disdain', at('2', '听')),
        check('listen-7', '当客户投诉发怒时你不能发怒', 'Did not get angry when the customer was angry', at('2', '听'), { hint: NA }),
        check('listen-8', '留心倾听完诉说，弄清楚整个投诉的内容，维护他们的自尊心', "Listened to the end, understood the whole complaint, protected the complainant's self-esteem", at('2', '听')),
        check('listen-9', '边听边思考，分析判断前因后果，以便找出处理、解决的办法或做出充分的解释', 'Thought while listening, worked out cause and effect to find a solution or a full explanation', at('2', '听')),
      ],
    },
    {
      id: 'speak',
      title: { zh: '说', en: 'Speak' },
      source: at('3', '说'),
      items: [
        check('speak-10', '说话热情、耐心、诚恳，语气平和、谦逊', 'Spoke warmly, patiently and sincerely, in a calm and modest tone', at('3', '说')),
        check('speak-11', '弄清楚投诉情况后判断自己能否处理，能处理的耐心解释、积极帮助解决', 'Judged whether I could handle it; if so, explained patiently and helped actively', at('3', '说')),
        check('speak-12', '不属于自己职权范围的，不一推了之，热情指引到相应科室或人员；相关人员外出时电话联系、转达处理意见', 'Outside my duties: did not push the person away; guided them to the right office or person, and phoned if that person was out', at('3', '说'), { hint: NA }),
        check('speak-13', '不说“我不知道，你找领导去”；确实不知如何处理时自己去请示领导', 'Never said "I don\'t know, go find the leader"; asked the leader myself when I did not know', at('3', '说')),
        check('speak-14', '中层干部或领导做出处理前充分了解下属意见，“一口对外”', 'Managers and leaders: gathered subordinates\' views first and spoke with one voice', at('3', '说'), { hint: NA }),
      ],
    },
    {
      id: 'act',
      title: { zh: '动', en: 'Act' },
      source: at('4', '动'),
      items: [
        check('act-15', '倾听时作些简要的记录', 'Took brief notes while listening', at('4', '动')),
        check('act-16', '没有完全明白对方的意思和目的前，不轻易打断，不轻易下结论', 'Did not interrupt or conclude before fully understanding', at('4', '动')),
        check('act-17', '不随便撇下投诉者去办其他事情（熟人更不能去，生人请其另处稍候）', 'Did not leave the complainant for other business (never for an acquaintance; a stranger asked to wait elsewhere)', at('4', '动'), { hint: NA }),
        check('act-18', '接听电话尽可能简短，不在电话中与人调侃无关紧要的事情', 'Kept phone calls short, no idle chat', at('4', '动'), { hint: NA }),
        check('act-19', '不仰躺在椅子上，不架二郎腿', 'Did not lean back in the chair or sit cross-legged', at('4', '动')),
      ],
    },
  ],
  signers: [signer('接待人', 'Receiver'), signer('检查人', 'Observed by')],
};
