import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaIncidentDetail } from '../../../shared/api/media';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useMediaStore } from '../../stores/media-store';
import { useSessionStore } from '../../stores/session-store';

/** Linking the complaint behind the news, and marking it handled (or handling it again) with a note. */
export function IncidentStatusForms({ incident }: { incident: MediaIncidentDetail }) {
  const { t } = useTranslation();
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const write = useMediaStore((s) => s.write);
  const [serial, setSerial] = useState('');
  const [note, setNote] = useState('');
  const link = useFormSubmit(['complaintSerial'] as const);
  const status = useFormSubmit(['note'] as const);
  const next = incident.status === 'open' ? 'handled' : 'open';

  return (
    <div className="panel media-status-forms">
      {!incident.complaint && (
        <form
          className="form"
          noValidate
          data-testid="link-complaint-form"
          onSubmit={(e) => {
            e.preventDefault();
            void link.submit(serial.trim() ? {} : { complaintSerial: t('media.enterSerial') }, () =>
              write('media.linkComplaint', { id: incident.id, version: incident.version, complaintSerial: serial.trim() }).then(() => undefined),
            );
          }}
        >
          <ErrorBanner messages={link.other} />
          <FormField id="link-complaintSerial" label={t('media.linkComplaint')} hint={t('media.complaintSerialHint')} error={link.errors.complaintSerial}>
            {(control) => <input {...control} type="text" data-testid="link-complaintSerial" maxLength={40} value={serial} onChange={(e) => setSerial(e.target.value)} />}
          </FormField>
          <button type="submit" className="button" data-testid="link-complaint" disabled={link.busy}>
            {t('media.link')}
          </button>
        </form>
      )}
      {hasPermission(roles, 'media.manage') && (
        <form
          className="form"
          noValidate
          data-testid="status-form"
          onSubmit={(e) => {
            e.preventDefault();
            void status.submit({}, () => write('media.setStatus', { id: incident.id, version: incident.version, status: next, note }).then(() => setNote('')));
          }}
        >
          <ErrorBanner messages={status.other} />
          <FormField id="status-note" label={t('media.statusNote')} error={status.errors.note}>
            {(control) => <input {...control} type="text" data-testid="status-note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <button type="submit" className="button primary" data-testid="status-submit" disabled={status.busy}>
            {next === 'handled' ? t('media.markHandled') : t('media.reopen')}
          </button>
        </form>
      )}
    </div>
  );
}
