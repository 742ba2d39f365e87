import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaChannel, MediaContentCategory } from '../../../shared/domain/media';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { useMediaStore } from '../../stores/media-store';

const FIELDS = ['occurredAt', 'channel', 'mediaName', 'programme', 'journalistName', 'contentCategory', 'description', 'platform', 'posterContact', 'complaintSerial'] as const;
export type MediaField = (typeof FIELDS)[number];
export type MediaTextField = Exclude<MediaField, 'channel' | 'contentCategory'>;
export type MediaIncidentValues = Record<MediaTextField, string> & { channel: MediaChannel | ''; contentCategory: MediaContentCategory | '' };

/** The new media incident's values; submitting checks the time, channel, description and the media or platform, then creates it. */
export function useMediaIncidentForm(onSaved: (id: string) => void) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const create = useMediaStore((s) => s.create);
  const [values, setValues] = useState<MediaIncidentValues>(() => ({
    occurredAt: toDateTimeLocal(new Date(), timeZone),
    channel: '',
    mediaName: '',
    programme: '',
    journalistName: '',
    contentCategory: '',
    description: '',
    platform: '',
    posterContact: '',
    complaintSerial: '',
  }));
  const [journalistOnSite, setJournalistOnSite] = useState(false);
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);
  const set = (field: MediaField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const occurredAt = fromDateTimeLocal(values.occurredAt, timeZone);
    const local: FieldErrors<MediaField> = {};
    if (!occurredAt) local.occurredAt = t('media.enterTime');
    if (!values.channel) local.channel = t('media.chooseChannel');
    if (!values.description.trim()) local.description = t('media.enterDescription');
    if (values.channel === 'online' && !values.platform.trim()) local.platform = t('media.enterPlatform');
    if (values.channel && values.channel !== 'online' && !values.mediaName.trim()) local.mediaName = t('media.enterMediaName');
    await submit(local, async () => {
      const { channel, contentCategory, ...text } = values;
      const incident = await create({
        ...text,
        occurredAt: occurredAt!,
        channel: channel as MediaChannel,
        journalistOnSite,
        ...(contentCategory ? { contentCategory } : {}),
      });
      onSaved(incident.id);
    });
  };
  return { values, set, journalistOnSite, setJournalistOnSite, errors, other, busy, onSubmit };
}
