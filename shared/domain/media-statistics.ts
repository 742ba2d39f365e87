import { MEDIA_CHANNELS, MEDIA_CONTENT_CATEGORIES, type MediaChannel, type MediaContentCategory } from './media';
import { siteDayOf } from './opinion-book';

export interface CountedIncident {
  occurredAt: string;
  channel: MediaChannel;
  contentCategory: MediaContentCategory | null;
}

export interface MediaYearStatistics {
  year: number;
  total: number;
  /** 投诉渠道: every channel of the notice, zero included, in its order. */
  byChannel: Record<MediaChannel, number>;
  /** 投诉内容: every category of the notice, zero included; `uncategorised` counts the cases given none. */
  byCategory: Record<MediaContentCategory, number> & { uncategorised: number };
}

/**
 * A year's negative news counted as S1 二、1 counts 2013's (14 cases: by channel
 * 行风热线 2, 民生类栏目 4, 报纸 2, 网络 6; by content 8 / 3 / 3). The year is the
 * site's calendar year of when it happened.
 */
export function mediaStatistics(incidents: readonly CountedIncident[], year: number, timeZone: string): MediaYearStatistics {
  const byChannel = Object.fromEntries(MEDIA_CHANNELS.map((c) => [c, 0])) as Record<MediaChannel, number>;
  const byCategory = { ...(Object.fromEntries(MEDIA_CONTENT_CATEGORIES.map((c) => [c, 0])) as Record<MediaContentCategory, number>), uncategorised: 0 };
  let total = 0;
  for (const incident of incidents) {
    if (Number(siteDayOf(new Date(incident.occurredAt), timeZone).slice(0, 4)) !== year) continue;
    total++;
    byChannel[incident.channel]++;
    byCategory[incident.contentCategory ?? 'uncategorised']++;
  }
  return { year, total, byChannel, byCategory };
}
