import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatSupplyRecords, Stoppage } from '../../../../shared/api/heat-supply';
import type { NoticeWay } from '../../../../shared/side-paths/heat-supply';
import { api } from '../../../api/client';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/zoned-time';

/** StoppageForm's fields, checks and saving (heatSupply.saveStoppage); times typed in the site's zone. */
export function useStoppageForm(complaintId: string, stoppage: Stoppage | null, onSaved: (records: HeatSupplyRecords) => void) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const local = (iso: string | null | undefined) => (iso ? toDateTimeLocal(new Date(iso), timeZone) : '');
  const [stoppedAt, setStoppedAt] = useState(local(stoppage?.stoppedAt));
  const [restoredAt, setRestoredAt] = useState(local(stoppage?.restoredAt));
  const [fault, setFault] = useState(stoppage?.faultStopsSupply ?? false);
  const [noticeGiven, setNoticeGiven] = useState(!!stoppage?.notice);
  const [noticeAt, setNoticeAt] = useState(local(stoppage?.notice?.at));
  const [way, setWay] = useState<string>(stoppage?.notice?.way ?? '');
  const [to, setTo] = useState(stoppage?.notice?.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const stopped = fromDateTimeLocal(stoppedAt, timeZone);
    const restored = restoredAt ? fromDateTimeLocal(restoredAt, timeZone) : null;
    const noticeMoment = noticeGiven ? fromDateTimeLocal(noticeAt, timeZone) : null;
    if (!stopped || (restoredAt && !restored) || (noticeGiven && (!noticeMoment || !way || !to.trim()))) {
      setError(t('sidePaths.heat.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const notice = noticeGiven && noticeMoment ? { at: noticeMoment, way: way as NoticeWay, to: to.trim() } : null;
      const input = { complaintId, version: stoppage?.version ?? 0, stoppedAt: stopped, restoredAt: restored, faultStopsSupply: fault, notice };
      onSaved(await api.call('heatSupply.saveStoppage', stoppage ? { ...input, stoppageId: stoppage.id } : input));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return {
    fields: { stoppedAt, setStoppedAt, restoredAt, setRestoredAt, fault, setFault, noticeGiven, setNoticeGiven },
    notice: { noticeAt, setNoticeAt, way, setWay, to, setTo },
    error,
    busy,
    save,
  };
}
