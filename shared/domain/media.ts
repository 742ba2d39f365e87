/**
 * The media / negative-news register (负面新闻台账) of seed001 S1:
 * 关于3.15期间预防客户投诉避免负面新闻发生的通知 (a car-dealer group's 企划部,
 * 2014-02-27). Every list below is the notice's own, cited by section.
 */
const S1 = 'seed001 S1';

type Text = { zh: string; en: string };

/** 投诉渠道, exactly the four of the 2013 statistics (S1 二、1). */
export const MEDIA_CHANNELS = ['conduct_hotline', 'livelihood_programme', 'newspaper', 'online'] as const;
export type MediaChannel = (typeof MEDIA_CHANNELS)[number];
export const MEDIA_CHANNELS_SOURCE = `${S1} 二、1`;

/**
 * 客户投诉内容: a category code of the site's organisation profile (issue 17).
 * S1 二、1's three (售后维修纠纷, 车辆质量纠纷, 精品信贷) are the car dealer
 * group's (shared/profiles/data/seed001.ts); another organisation counts by
 * its own, or by none. A case that fits none is left uncategorised (未分类)
 * rather than put under an invented category.
 */
export type MediaContentCategory = string;
export const MEDIA_CATEGORY_CODE = /^[a-z0-9][a-z0-9._-]*$/;

/** 负面新闻的处置: the notice names no other states than being handled (处置) and handled. */
export const MEDIA_STATUSES = ['open', 'handled'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

export const NOTIFY_PARTY_CODES = ['planning_dept', 'supervising_manager', 'responsible_persons', 'manufacturer_pr'] as const;
export type NotifyParty = (typeof NOTIFY_PARTY_CODES)[number];

/** Who must be told, and where the notice says so. */
export const NOTIFY_PARTIES: readonly { code: NotifyParty; label: Text; source: string }[] = [
  { code: 'planning_dept', label: { zh: '企划部', en: 'Planning department' }, source: `${S1} 四(三)2、四(五)3(2)` },
  { code: 'supervising_manager', label: { zh: '主管经理', en: 'Supervising manager' }, source: `${S1} 四(三)1、四(五)3(2)` },
  { code: 'responsible_persons', label: { zh: '相关责任人', en: 'Responsible persons' }, source: `${S1} 四(三)1、四(五)3(2)` },
  { code: 'manufacturer_pr', label: { zh: '厂家公关部门', en: "Manufacturer's PR department" }, source: `${S1} 四(四)、四(五)3(6)` },
];

export interface ChecklistStep {
  code: string;
  label: Text;
  source: string;
  /** When the step applies only in some cases, the case in words. */
  when?: Text;
}

/** 发现媒体记者到达现场后 (S1 四(三)), and the manufacturer's PR for major cases (四(四)), step by step. */
export const JOURNALIST_ON_SITE_STEPS: readonly ChecklistStep[] = [
  { code: 'ask_identity', label: { zh: '礼貌询问媒体名称、栏目、当事记者姓名', en: 'Politely ask the media name, programme and the journalist’s name' }, source: `${S1} 四(三)1` },
  { code: 'guide_to_quiet_place', label: { zh: '将记者引导至人流稀少处或办公室内暂时等待', en: 'Guide the journalist to a quiet spot or an office to wait' }, source: `${S1} 四(三)1` },
  { code: 'notify_manager', label: { zh: '及时通知主管经理及其他责任人到达现场', en: 'Call the supervising manager and other responsible persons to the scene' }, source: `${S1} 四(三)1` },
  { code: 'contact_planning', label: { zh: '相关责任人第一时间与企划部取得联系，通报详细情况', en: 'Responsible persons contact the planning department at once with the details' }, source: `${S1} 四(三)2` },
  { code: 'no_unauthorised_interview', label: { zh: '未获得明确许可，不以个人或公司名义接受采访', en: 'No interview in one’s own or the company’s name without explicit permission' }, source: `${S1} 四(三)2` },
  { code: 'careful_wording', label: { zh: '沟通时耐心细致、注意言辞，提防暗访、偷拍、录音', en: 'Speak patiently and carefully; beware of covert visits, hidden cameras and recording' }, source: `${S1} 四(三)3` },
  {
    code: 'manufacturer_pr',
    label: { zh: '联系厂家公关部门，借助厂家、集团双方资源应对', en: 'Contact the manufacturer’s PR department and use both sides’ resources' },
    source: `${S1} 四(四)`,
    when: { zh: '有关质量的重大投诉，或省级、国家级媒体的负面采访报道', en: 'Major quality complaints, or negative interviews by provincial or national media' },
  },
];

/** 网络负面消息处理要点 (S1 四(五)3), one step per action. */
export const ONLINE_NEGATIVE_STEPS: readonly ChecklistStep[] = [
  { code: 'keep_evidence', label: { zh: '第一时间通过截屏、拍照等方式留取证据', en: 'Keep evidence at once by screenshot or photo' }, source: `${S1} 四(五)3(1)` },
  { code: 'notify', label: { zh: '迅速通知主管经理、相关责任人、企划部', en: 'Tell the supervising manager, the responsible persons and the planning department at once' }, source: `${S1} 四(五)3(2)` },
  { code: 'learn_details', label: { zh: '第一时间了解事情详细经过', en: 'Find out at once what happened in detail' }, source: `${S1} 四(五)3(2)` },
  { code: 'contact_poster', label: { zh: '争取与发帖人、博主取得联系', en: 'Try to reach the poster or blogger' }, source: `${S1} 四(五)3(2)` },
  {
    code: 'official_channel',
    label: { zh: '通过网站官方渠道处理负面消息（如新浪微博 @微博辟谣、@系统管理员、@微博小秘书；腾讯微博 @腾讯微博）', en: 'Use the site’s official channel for negative posts (e.g. Sina Weibo @微博辟谣, @系统管理员, @微博小秘书; Tencent Weibo @腾讯微博)' },
    source: `${S1} 四(五)3(3)`,
  },
  { code: 'contact_customer', label: { zh: '主动与车主联系处理问题，争取车主理解与支持', en: 'Contact the owner, settle the problem, seek understanding and support' }, source: `${S1} 四(五)3(4)` },
  {
    code: 'publish_result',
    label: { zh: '把处理结果以文章形式发布，做好舆论引导', en: 'Publish the outcome as an article to guide opinion' },
    source: `${S1} 四(五)3(4)`,
    when: { zh: '可以（视情况）', en: 'Optional' },
  },
  {
    code: 'legal_statement',
    label: { zh: '在官网发表法律声明，并在第三方平台和负面信息回复中发表，强调追究法律责任', en: 'Publish a legal statement on the official site, third-party platforms and in replies, stressing legal liability' },
    source: `${S1} 四(五)3(5)`,
    when: { zh: '恶意诋毁信息', en: 'Malicious defamation' },
  },
  { code: 'report_manufacturer_pr', label: { zh: '及时与厂家公关部门汇报，借助厂方力量处理', en: 'Report to the manufacturer’s PR department and use its help' }, source: `${S1} 四(五)3(6)` },
];

export const CHECKLISTS = { journalistOnSite: JOURNALIST_ON_SITE_STEPS, online: ONLINE_NEGATIVE_STEPS } as const;
export type ChecklistCode = keyof typeof CHECKLISTS;

/** The procedures that apply to an incident: the online one for 网络 items, the on-site one when a journalist came. */
export function checklistsFor(incident: { channel: MediaChannel; journalistOnSite: boolean }): ChecklistCode[] {
  const lists: ChecklistCode[] = [];
  if (incident.journalistOnSite) lists.push('journalistOnSite');
  if (incident.channel === 'online') lists.push('online');
  return lists;
}

/**
 * The local livelihood programmes the notice lists (S1 二、2: 共15档民生调查类栏目,
 * plus the provincial TV programmes), offered as suggestions when typing a media
 * name and programme. Suggestions only: any other name may be typed.
 */
export const LISTED_PROGRAMMES: readonly { media: string; programme: string }[] = [
  { media: '沂蒙晚报', programme: '临沂/热线' },
  { media: '沂蒙晚报', programme: '百姓记者' },
  { media: '沂蒙晚报', programme: '城记' },
  { media: '沂蒙晚报', programme: '咱家事' },
  { media: '鲁南商报', programme: '城事' },
  { media: '鲁南商报', programme: '热线' },
  { media: '鲁南商报', programme: '消费维权' },
  { media: '电视新闻频道', programme: '直播临沂' },
  { media: '公共频道', programme: '马上就办直通车' },
  { media: '公共频道', programme: '生活调查' },
  { media: '电台', programme: '行风热线' },
  { media: '都市广播', programme: '行风热线三区版' },
  { media: '都市广播', programme: '民生热线' },
  { media: '财富广播', programme: '消费面对面' },
  { media: '财富广播', programme: '12345市长热线' },
  { media: '省级电视', programme: '拉呱' },
  { media: '省级电视', programme: '生活帮' },
  { media: '省级电视', programme: '民生直通车' },
];
export const LISTED_PROGRAMMES_SOURCE = `${S1} 二、2`;

/** Where online negative news appears (S1 四(五)2 高发区域, and 二、2 论坛、贴吧、微博、微信). */
export const ONLINE_PLATFORMS: readonly string[] = ['门户网站', '百度知道', '百度贴吧', '社区论坛', '门户博客', '微博', '微信'];
export const ONLINE_PLATFORMS_SOURCE = `${S1} 四(五)2、二、2`;
