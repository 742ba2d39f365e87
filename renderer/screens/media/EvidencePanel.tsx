import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo, MediaIncidentDetail } from '../../../shared/api/media';
import { ACCEPTED_IMAGE_TYPES } from '../../../shared/domain/attachments';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldNotes, fieldNoteIds } from '../../components/FieldNotes';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useMediaStore } from '../../stores/media-store';
import { preparePhoto } from '../../lib/image-file';
import { PhotoViewer } from '../../components/PhotoViewer';
import { EvidenceItem } from './EvidenceItem';

/** Adding, replacing and deleting the incident's evidence images, with the error and busy state to show. */
function useEvidenceWrites(incident: MediaIncidentDetail) {
  const { t } = useTranslation();
  const write = useMediaStore((s) => s.write);
  const { errors, other, busy, submit } = useFormSubmit(['dataBase64', 'mimeType'] as const);
  const [inputKey, setInputKey] = useState(0);

  /** Stores the picked image; with `replacing`, takes the old one off only once the new one is stored, so a refused upload loses nothing. */
  const onFile = async (event: ChangeEvent<HTMLInputElement>, replacing?: AttachmentInfo) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // A screenshot is kept as taken when it fits; only an oversize one is made smaller.
    const photo = await preparePhoto(file);
    const local = photo.ok ? {} : photo.reason === 'wrongType' ? { mimeType: t('media.wrongType') } : { dataBase64: t('media.tooLarge', { kb: photo.kb }) };
    await submit(local, async () => {
      if (!photo.ok) return;
      const stored = await write('media.attach', { id: incident.id, fileName: photo.fileName, mimeType: photo.mimeType, dataBase64: photo.dataBase64 });
      if (replacing) await write('media.removeImage', { id: incident.id, version: stored.version, attachmentId: replacing.id });
    });
    setInputKey((k) => k + 1); // the same file may be chosen again after a refusal
  };
  const remove = (attachment: AttachmentInfo) =>
    void submit({}, async () => {
      await write('media.removeImage', { id: incident.id, version: incident.version, attachmentId: attachment.id });
    });
  return { error: errors.mimeType ?? errors.dataBase64, other, busy, inputKey, onFile, remove };
}

/** 添加截图: the file input, with the hint (or 上传中…) and the error under it. */
function EvidenceFileField({ inputKey, error, busy, onFile }: { inputKey: number; error: string | undefined; busy: boolean; onFile: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const { t } = useTranslation();
  const hint = busy ? t('media.uploading') : t('media.evidenceHint');
  const { describedBy } = fieldNoteIds('evidence-file', error, hint);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor="evidence-file" className="field-label">
        {t('media.addEvidence')}
      </label>
      <input
        key={inputKey}
        id="evidence-file"
        type="file"
        data-testid="evidence-file"
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        disabled={busy}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={onFile}
      />
      <FieldNotes base="evidence-file" error={error} hint={hint} />
    </div>
  );
}

/**
 * Evidence screenshots (S1 四(五)3(1) 截屏、拍照留取证据) as thumbnails, and adding
 * one; size and type are checked here and again in the core. While the incident
 * is open an image attached by mistake can be deleted (asked once) or replaced;
 * a thumbnail opens the image large.
 */
export function EvidencePanel({ incident }: { incident: MediaIncidentDetail }) {
  const { t } = useTranslation();
  const images = useMediaStore((s) => s.images);
  const fetchImage = useMediaStore((s) => s.fetchImage);
  const { error, other, busy, inputKey, onFile, remove } = useEvidenceWrites(incident);
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);
  const [viewing, setViewing] = useState<AttachmentInfo | null>(null);
  const open = incident.status === 'open';

  useEffect(() => {
    for (const a of incident.attachments) void fetchImage(a.id);
  }, [incident.attachments, fetchImage]);

  return (
    <section className="panel" data-testid="media-evidence">
      <h3>{t('media.evidence')}</h3>
      {incident.attachments.length === 0 ? (
        <p className="muted">{t('media.noEvidence')}</p>
      ) : (
        <ul className="media-thumbnails">
          {incident.attachments.map((a) => (
            <EvidenceItem key={a.id} attachment={a} src={images[a.id]} open={open} busy={busy} onView={() => setViewing(a)} onRemove={() => setRemoving(a)} onReplace={(e) => void onFile(e, a)} />
          ))}
        </ul>
      )}
      <ErrorBanner messages={other} />
      <EvidenceFileField inputKey={inputKey} error={error} busy={busy} onFile={(e) => void onFile(e)} />
      {removing && (
        <ConfirmDialog
          title={t('media.removeImageTitle')}
          consequences={[t('media.removeImageWhat', { fileName: removing.fileName })]}
          confirmLabel={t('media.removeImage')}
          onConfirm={() => {
            setRemoving(null);
            remove(removing);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
      {viewing && images[viewing.id] && <PhotoViewer src={images[viewing.id]!} fileName={viewing.fileName} alt={viewing.fileName} closeLabel={t('media.closeImage')} onClose={() => setViewing(null)} />}
    </section>
  );
}
