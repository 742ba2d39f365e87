import type { TFunction } from 'i18next';
import type { NotificationItem } from '../../../shared/api/notifications';
import { durationText, pick, roleText } from '../settings/rule-pack-text';

/** A recipient in words: a role's name, 本案处理人, 总部. */
export function recipientText(recipient: string, t: TFunction): string {
  if (recipient === 'assignee' || recipient === 'head_office') return t(`notifications.recipients.${recipient}`);
  return roleText(recipient, t);
}

export function recipientsText(recipients: readonly string[], t: TFunction): string {
  return recipients.map((r) => recipientText(r, t)).join(t('common.listSeparator'));
}

/** The limit as the source gives it: "20 分钟", "半个工作日", or the site's word for 立即/及时/none. */
export function limitText(limit: NotificationItem['limit'], t: TFunction): string {
  return 'term' in limit ? t(`notifications.terms.${limit.term}`) : durationText(limit, t);
}

/** Who must be told, in the source's own words. */
export function notifyText(item: Pick<NotificationItem, 'notify'>, t: TFunction, lang: string): string {
  return item.notify.map((n) => pick(n, lang)).join(t('common.listSeparator'));
}
