import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { useTimeZone } from '../../hooks/use-time-zone';
import { summarise } from '../../lib/summarise';
import { formatInstant } from '../../lib/zoned-time';
import { ClassCell, rowState } from './grading/ClassCell';

const SUMMARY_LENGTH = 40;

interface ComplaintRowProps {
  item: ComplaintListItem;
  pack: RulePack | null | undefined;
  now: Date;
  onOpen: (id: string) => void;
  /** Set when the table is virtualised: the row's place, and its measuring ref. */
  index?: number;
  measureRef?: Ref<HTMLTableRowElement>;
}

/** One record in the register; the serial is its keyboard target, the whole row also takes a click or tap. */
export function ComplaintRow({ item: c, pack, now, onOpen, index, measureRef }: ComplaintRowProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const state = rowState(c, now);
  return (
    <tr
      ref={measureRef}
      data-index={index}
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-testid="complaint-row"
      className={state ? `clickable row-${state}` : 'clickable'}
      onClick={() => onOpen(c.id)}
    >
      <td>
        <button
          type="button"
          className="link-button serial"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(c.id);
          }}
        >
          {c.serial}
        </button>
        <small className="row-received">{formatInstant(c.receivedAt, timeZone)}</small>
      </td>
      <td className="row-tags">
        <span className={`tag tag-${c.kind}`}>{t(`kinds.${c.kind}`)}</span>
        <small className="row-channel">{t(`channels.${c.channel}`)}</small>
      </td>
      <ClassCell item={c} pack={pack} state={state} />
      <td className="row-tags" data-testid="row-status">
        <span className={`status-tag status-${c.status}`}>{t(`complaintStatuses.${c.status}`)}</span>
        {c.escalationCount > 0 && <span className="tag tag-escalated">{t('workLists.escalated')}</span>}
      </td>
      <td className="row-customer">{c.customerName}</td>
      <td className="summary" title={c.content}>
        {summarise(c.content, SUMMARY_LENGTH)}
      </td>
      <td>{c.assigneeName ?? ''}</td>
      <td className="nowrap" data-testid="row-due">
        {formatInstant(c.dueAt, timeZone)}
      </td>
    </tr>
  );
}
