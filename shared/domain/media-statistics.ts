import { MEDIA_CHANNELS, type MediaChannel, type MediaContentCategory } from './media';
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
  /** 投诉内容: every category of the site's profile, zero included, and any other code found; `uncategorised` counts the cases given none. */
  byCategory: Record<MediaContentCategory, number> & { uncategorised: number };
  /** The category codes counted, in order: the profile's, then the others found. */
  codes: MediaContentCategory[];
}

/**
 * A year's negative news counted as S1 二、1 counts 2013's (14 cases: by channel
 * 行风热线 2, 民生类栏目 4, 报纸 2, 网络 6; by content 8 / 3 / 3), by the content
 * categories of the site's organisation profile. The year is the site's
 * calendar year of when it happened.
 */
export function mediaStatistics(incidents: readonly CountedIncident[], year: number, timeZone: string, categories: readonly MediaContentCategory[]): MediaYearStatistics {
  const byChannel = Object.fromEntries(MEDIA_CHANNELS.map((c) => [c, 0])) as Record<MediaChannel, number>;
  const byCategory: Record<MediaContentCategory, number> & { uncategorised: number } = { ...Object.fromEntries(categories.map((c) => [c, 0])), uncategorised: 0 };
  const codes = [...categories];
  let total = 0;
  for (const incident of incidents) {
    if (Number(siteDayOf(new Date(incident.occurredAt), timeZone).slice(0, 4)) !== year) continue;
    total++;
    byChannel[incident.channel]++;
    const code = incident.contentCategory ?? 'uncategorised';
    if (!(code in byCategory)) {
      byCategory[code] = 0;
      codes.push(code); // a case filed under another profile's category: counted under its own code, not dropped
    }
    byCategory[code]! += 1;
  }
  return { year, total, byChannel, byCategory, codes };
}
