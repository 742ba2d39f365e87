/**
 * Wording shared by the profiles: the generic pack for organisations whose
 * source gives no complaint rules, and the note for media registers the
 * source gives no categories for.
 */
export const GENERIC_PACK = 'seed004-p-generic';

/** For an organisation whose own source gives no complaint procedure: `zh` and `en` name that source. */
export const noComplaintRules = (zh: string, en: string) => ({
  zh: `${zh}没有为这个单位规定投诉处理程序；它的投诉按seed004 §P（通用的客户投诉处理制度：有效投诉、升级投诉、提前1个工作日申请延期）分级，这是唯一一个不针对特定单位编写的规则包。总部可以重新发布网点记录或本配置，为该单位设定自己的规则包。`,
  en: `${en} gives this organisation no complaint procedure; its complaints are graded by the generic customer complaint handling system of seed004 §P (valid complaint, escalated complaint, the extension asked 1 working day ahead), the one pack written for no particular organisation. Head office sets the organisation's own pack by publishing the site record or this profile again.`,
});

/** For a media register with no categories from the source. */
export const NO_MEDIA_CATEGORIES = {
  zh: '原文没有给这个单位规定投诉内容的分类，所以本程序不自行编造：媒体登记表用文字记录每件事的渠道和内容，统计时每件都计为“未分类”。总部可以重新发布本配置，附上该单位自己的分类。',
  en: "The source gives this organisation no categories of complaint content, so none are invented: the media register records each case's channel and content in words and its statistics count every case as 未分类. Head office may publish this profile again with the organisation's own list.",
};

/** For an organisation whose source lists the content categories of its complaints (the media register counts negative news by 投诉内容, seed001 S1 二、1). */
export const OWN_COMPLAINT_CATEGORIES = {
  zh: 'seed001 S1 按投诉内容统计负面新闻，用的是汽车经销商自己的分类；这个单位的原文也按内容对投诉分类，所以它的媒体登记表按这些分类统计。',
  en: "seed001 S1 counts negative news by 投诉内容, in the car dealer's own categories; this organisation's source classifies its complaints by content, so its media register counts by those.",
};
