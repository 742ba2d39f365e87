import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFile } from '../../../shared/api/customers';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RevealPersonal } from '../../components/RevealPersonal';
import { groupLabel, typeLabel, useCustomerScheme } from '../../hooks/use-customer-scheme';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { summarise } from '../../lib/summarise';
import { formatInstant } from '../../lib/zoned-time';
import { useCustomersStore } from '../../stores/customers-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { useSessionStore } from '../../stores/session-store';
import { SubjectAccessExport } from './SubjectAccessExport';
import { CreditSection } from './credit/CreditSection';
import { DetailItem as Item } from '../complaints/DetailItem';
import { CustomerEditForm } from './CustomerEditForm';
import { CustomerMergePanel, MergedNotice } from './CustomerMergePanel';
import { CustomerSignBadge } from './CustomerSignBadge';
import { CustomerSignPanel } from './CustomerSignPanel';
import { CustomerHistorySection } from './history/CustomerHistorySection';
import { RiskClassSection } from './RiskClassSection';
import './customers.css';

const SUMMARY_LENGTH = 40;

function CustomerFacts({ file }: { file: CustomerFile }) {
  const { t, i18n } = useTranslation();
  const scheme = useCustomerScheme();
  const none = <span className="muted">{t('customers.none')}</span>;
  return (
    <dl className="details" data-testid="customer-facts">
      <Item label={t('customers.kind')}>{t(`customerKinds.${file.kind}`)}</Item>
      <Item label={t('customers.phone')}>{file.phone ? <RevealPersonal kind="customer" id={file.id} value={file.phone} /> : none}</Item>
      <Item label={t('customers.phone2')}>{file.phone2 ?? none}</Item>
      {file.kind === 'organisation' && <Item label={t('customers.contactPerson')}>{file.contactPerson ?? none}</Item>}
      <Item label={t('customers.address')}>{file.address ?? none}</Item>
      {file.idNumber && <Item label={t('customers.idNumber')}>{file.idNumber}</Item>}
      {scheme.groups.length > 0 && <Item label={t('customers.group')}>{file.group ? groupLabel(scheme, file.group, i18n.language) : none}</Item>}
      {scheme.types.length > 0 && <Item label={t('customers.type')}>{file.type ? typeLabel(scheme, file.type, i18n.language) : none}</Item>}
      {file.note && (
        <Item label={t('customers.note')} wide>
          <p className="content-text">{file.note}</p>
        </Item>
      )}
    </dl>
  );
}

function ComplaintHistory({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  return (
    <section className="customer-file-section">
      <h3>{t('customers.history', { n: file.complaints.length })}</h3>
      {file.complaints.length > 1 && <p className="field-hint">{t('customers.repeatHint')}</p>}
      {file.complaints.length === 0 ? (
        <p className="muted">{t('customers.historyEmpty')}</p>
      ) : (
        <ul className="customer-list" data-testid="customer-complaints">
          {file.complaints.map((c) => (
            <li key={c.id}>
              <button type="button" className="customer-list-item" data-testid={`customer-complaint-${c.id}`} onClick={() => go({ page: 'complaint-detail', id: c.id })}>
                <strong className="serial">{c.serial}</strong> {t(`kinds.${c.kind}`)} · {t(`complaintStatuses.${c.status}`)} · {formatInstant(c.receivedAt, timeZone)}
                {c.repeatOfSerial && <span className="status-tag"> {t('customers.repeatOf', { serial: c.repeatOfSerial })}</span>}
                <small className="customer-meta"> {summarise(c.content, SUMMARY_LENGTH)}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MergedFrom({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  if (file.mergedFrom.length === 0) return null;
  return (
    <section className="customer-file-section" data-testid="customer-merged-from">
      <h3>{t('customerMerge.mergedFrom', { n: file.mergedFrom.length })}</h3>
      <ul className="customer-list">
        {file.mergedFrom.map((m) => (
          <li key={m.id}>
            {m.name} · {formatInstant(m.at, timeZone)} · {m.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One customer's file: data, the 投诉苗头 flag and follow-ups, and every record of theirs, newest first. */
export function CustomerFilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const file = useCustomersStore((s) => s.byId[id]);
  const error = useCustomersStore((s) => s.error);
  const fetchOne = useCustomersStore((s) => s.fetchOne);
  const user = useSessionStore((s) => s.user);
  const mayEdit = !!user && hasPermission(user.roles, 'customer.edit') && !file?.mergedInto;
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void fetchOne(id);
  }, [fetchOne, id]);

  return (
    <section className="page" data-testid="customer-file">
      <FileHeader file={file} mayEdit={mayEdit && !editing} onEdit={() => setEditing(true)} />
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {!file ? <p className="muted">{t('customers.loading')}</p> : <FileSections file={file} mayEdit={mayEdit} editing={editing} onEdited={() => setEditing(false)} />}
    </section>
  );
}

/** The page's title with the customer's name and sign, 编辑 and 返回. */
function FileHeader({ file, mayEdit, onEdit }: { file: CustomerFile | undefined; mayEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="page-header">
      <h2 className="page-title">
        {t('customers.title')}
        {file && <>：{file.name}</>}
      </h2>
      {file && <CustomerSignBadge sign={file.sign} />}
      <div className="page-header-actions">
        {file && mayEdit && (
          <button type="button" className="button" data-testid="customer-edit" onClick={onEdit}>
            {t('customers.edit')}
          </button>
        )}
        <button type="button" className="button" autoFocus onClick={() => go({ page: 'customers' })}>
          {t('customers.back')}
        </button>
      </div>
    </div>
  );
}

/** The file's sections, each shown to the rights it needs. */
function FileSections({ file, mayEdit, editing, onEdited }: { file: CustomerFile; mayEdit: boolean; editing: boolean; onEdited: () => void }) {
  const update = useCustomersStore((s) => s.update);
  const go = useNavigationStore((s) => s.go);
  const user = useSessionStore((s) => s.user);
  const mayReadFull = !!user && hasPermission(user.roles, 'personal.readFull');
  const mayReadCredit = !!user && hasPermission(user.roles, 'credit.read');
  // The history is read again when the page learns that something was recorded: the file's version
  // (a merge, a flag), a follow-up (which leaves the version), a class change, or a credit step.
  const riskChanges = useRiskClassesStore((s) => s.byCustomer[file.id]?.history.length ?? 0);
  const [creditSteps, creditRecorded] = useReducer((n: number) => n + 1, 0);
  const historyKey = `${file.version}|${file.followUps.length}|${riskChanges}|${creditSteps}`;
  return (
    <>
      <MergedNotice file={file} onOpen={(kept) => go({ page: 'customer-detail', id: kept })} />
      {editing ? <CustomerEditForm key={file.version} customer={file} submit={(fields) => update({ id: file.id, version: file.version, ...fields })} onDone={onEdited} /> : <CustomerFacts file={file} />}
      <CustomerSignPanel key={`sign-${file.version}`} file={file} />
      <ComplaintHistory file={file} />
      <CustomerHistorySection customerId={file.id} refreshKey={historyKey} />
      <MergedFrom file={file} />
      {mayEdit && !editing && <CustomerMergePanel key={`merge-${file.version}`} file={file} />}
      <RiskClassSection customerId={file.id} />
      {mayReadCredit && <CreditSection customerId={file.id} onRecorded={creditRecorded} />}
      {mayReadFull && <SubjectAccessExport customerId={file.id} />}
    </>
  );
}
