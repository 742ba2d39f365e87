import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNavigationStore } from '../../stores/navigation-store';
import { ComplaintFormActions, ContentFields, CustomerRow, KindChannelFields, RemedyReceivedRow } from './ComplaintFormFields';
import { NewCustomerFields } from './customer/NewCustomerFields';
import { ProductFields } from './customer/ProductFields';
import { DraftNotice } from './DraftNotice';
import { GradePanel } from './grading/GradePanel';
import { GradingFacts } from './grading/GradingFacts';
import { IntakeHandlingFields } from './IntakeHandlingFields';
import { RecordFieldInputs } from './record-fields/RecordFieldInputs';
import { SimilarComplaints } from './SimilarComplaints';
import { useComplaintForm } from './use-complaint-form';
import './complaint-form.css';

/** Registering a complaint, suggestion or inquiry: built to be filled in by keyboard alone. */
export function ComplaintForm() {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const { values, errors, set, draft, similar, pack, busy, form, ...rest } = useComplaintForm();
  const fields = { values, errors, set };
  return (
    <section className="page">
      <h2 className="page-title">{t('complaintForm.title')}</h2>
      <div className="complaint-form-layout">
        <form className="form" ref={form} onSubmit={rest.onSubmit} onKeyDown={rest.onKeyDown} onBlur={draft.flush} noValidate>
          <DraftNotice restoredAt={draft.restoredAt} savedAt={draft.savedAt} onDiscard={rest.discardDraft} />
          <ErrorBanner messages={rest.other} />
          <KindChannelFields {...fields} />
          <CustomerRow {...fields} />
          {values.newCustomer && !values.customerId && <NewCustomerFields {...fields} onCancel={() => set('newCustomer', false)} />}
          <SimilarComplaints
            items={similar.items}
            repeatOfId={values.repeatOfId}
            problemCode={values.problemCode}
            error={errors.repeatOfId}
            categoryError={errors.problemCode}
            onCategory={(code) => set('problemCode', code)}
            onLink={(id, adopt) => {
              if (adopt !== undefined) set('problemCode', adopt);
              set('repeatOfId', id);
            }}
          />
          <ContentFields {...fields} />
          <RemedyReceivedRow {...fields} />
          <RecordFieldInputs fields={rest.intakeFields} values={values.recordFields} errors={rest.recordErrors.errors} onChange={rest.setRecordField} idPrefix="complaint" />
          <ProductFields {...fields} />
          <IntakeHandlingFields {...fields} pack={pack} />
          <GradingFacts {...fields} pack={pack} />
          <ComplaintFormActions busy={busy} onCancel={() => go({ page: 'complaints' })} />
        </form>
        <GradePanel grade={rest.preview.grade} pack={pack} pending={rest.preview.loading} kind={values.kind || 'complaint'} />
      </div>
    </section>
  );
}
