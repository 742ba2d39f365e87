import { useTranslation } from 'react-i18next';
import { LISTED_PROGRAMMES, MEDIA_CHANNELS, ONLINE_PLATFORMS } from '../../../shared/domain/media';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import type { FieldErrors } from '../../lib/field-errors';
import { useMediaCategories } from './use-media-category';
import { DateField } from '../../components/DateField';
import { useMediaIncidentForm, type MediaField, type MediaIncidentValues, type MediaTextField } from './use-media-incident-form';

const MEDIA_NAMES = [...new Set(LISTED_PROGRAMMES.map((p) => p.media))];

/** When it happened, by which channel, and what it is about. */
function WhenChannelRow({ values, errors, set }: { values: MediaIncidentValues; errors: FieldErrors<MediaField>; set: (field: MediaField, value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <FormField id="media-occurredAt" label={t('media.occurredAt')} error={errors.occurredAt} required>
        {(control) => <DateField {...control} withTime data-testid="media-occurredAt" value={values.occurredAt} onChange={(v) => set('occurredAt', v)} />}
      </FormField>
      <FormField id="media-channel" label={t('media.channel')} error={errors.channel} required>
        {(control) => (
          <select {...control} data-testid="media-channel" value={values.channel} onChange={(e) => set('channel', e.target.value)}>
            <option value="">{t('media.selectChannel')}</option>
            {MEDIA_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`mediaChannels.${c}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ContentCategoryField value={values.contentCategory} error={errors.contentCategory} onChange={(v) => set('contentCategory', v)} />
    </div>
  );
}

/** The names offered as one types: the listed media and programmes, the online platforms. */
function MediaDatalists() {
  return (
    <>
      <datalist id="media-names">{MEDIA_NAMES.map((m) => <option key={m} value={m} />)}</datalist>
      <datalist id="media-programmes">{LISTED_PROGRAMMES.map((p) => <option key={`${p.media}-${p.programme}`} value={p.programme} />)}</datalist>
      <datalist id="media-platforms">{ONLINE_PLATFORMS.map((p) => <option key={p} value={p} />)}</datalist>
    </>
  );
}

/** Registers one piece of negative news: who (media, programme, journalist) or where online, what, and the complaint behind it. */
export function MediaIncidentForm({ onSaved }: { onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const { values, set, journalistOnSite, setJournalistOnSite, errors, other, busy, onSubmit } = useMediaIncidentForm(onSaved);
  const online = values.channel === 'online';

  const text = (field: MediaTextField, options: { list?: string; required?: boolean; hint?: string; maxLength?: number } = {}) => (
    <FormField id={`media-${field}`} label={t(`media.${field}`)} error={errors[field]} required={options.required} hint={options.hint}>
      {(control) => (
        <input {...control} type="text" list={options.list} data-testid={`media-${field}`} maxLength={options.maxLength ?? 100} value={values[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </FormField>
  );

  return (
    <div className="panel" data-testid="media-incident-form">
      <h3>{t('media.new')}</h3>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorBanner messages={other} />
        <WhenChannelRow values={values} errors={errors} set={set} />
        {online ? (
          <div className="field-row">
            {text('platform', { list: 'media-platforms', required: true })}
            {text('posterContact', { maxLength: 200 })}
          </div>
        ) : (
          <div className="field-row">
            {text('mediaName', { list: 'media-names', required: !!values.channel })}
            {text('programme', { list: 'media-programmes' })}
            {text('journalistName', { maxLength: 50 })}
          </div>
        )}
        <label className="checkbox-line">
          <input type="checkbox" data-testid="media-journalistOnSite" checked={journalistOnSite} onChange={(e) => setJournalistOnSite(e.target.checked)} /> {t('media.journalistOnSite')}
        </label>
        <FormField id="media-description" label={t('media.description')} error={errors.description} required>
          {(control) => <textarea {...control} data-testid="media-description" rows={4} maxLength={4000} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </FormField>
        {text('complaintSerial', { hint: t('media.complaintSerialHint'), maxLength: 40 })}
        <MediaDatalists />
        <button type="submit" className="button primary" data-testid="media-save" disabled={busy}>
          {t('media.save')}
        </button>
      </form>
    </div>
  );
}

/** 投诉内容 in the site's own organisation's categories (issue 17); none offered where its rules give none. */
function ContentCategoryField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { categories, labelOf } = useMediaCategories();
  return (
    <FormField id="media-contentCategory" label={t('media.contentCategory')} hint={categories.length === 0 ? t('media.noCategories') : undefined} error={error}>
      {(control) => (
        <select {...control} data-testid="media-contentCategory" value={value} disabled={categories.length === 0} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('media.noCategory')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {labelOf(c.code)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
