import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail as ComplaintDetailData } from '../../../shared/api/complaints';
import { hasPermission } from '../../../shared/domain/roles';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { ComplaintFacts } from './ComplaintFacts';
import { GradePanel } from './grading/GradePanel';
import { OverrideClass } from './grading/OverrideClass';
import { RecordNotified } from './grading/RecordNotified';
import { useGradePack } from './grading/use-grade-pack';
import { useSitePack } from './grading/use-site-pack';
import { HandlingSummary } from './HandlingSummary';
import { HeadOfficeRemarks } from './HeadOfficeRemarks';
import { ComplaintRegisterPrint } from './print/ComplaintRegisterPrint';
import { defaultLayoutFor, type RegisterLayoutId } from './print/register-layouts';
import { RegisterPrintButton } from './print/RegisterPrintButton';
import { CaseRecordsPanel } from './records/CaseRecordsPanel';
import { HeatSupplyPanel } from './side-paths/HeatSupplyPanel';
import { RetestPanel } from './side-paths/RetestPanel';
import { SpecialReportBox } from './SpecialReportBox';
import { RoutePanel } from './workflow/RoutePanel';
import { WorkflowActions } from './workflow/WorkflowActions';
import { WorkflowRecords } from './workflow/WorkflowRecords';
import { WorkflowTimeline } from './workflow/WorkflowTimeline';

/** One record, every field, what may be done next and what was done; always re-read from the core so it shows what was stored. */
export function ComplaintDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const complaint = useComplaintsStore((s) => s.byId[id]);
  const error = useComplaintsStore((s) => s.error);
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const go = useNavigationStore((s) => s.go);
  const pack = useSitePack();
  // The grading pane reads the pack version this complaint is graded by, which may be older than the site's newest.
  const gradePack = useGradePack(complaint?.grade);
  const [chosenLayout, setLayout] = useState<RegisterLayoutId | null>(null);
  const layout = chosenLayout ?? defaultLayoutFor(pack?.id);

  useEffect(() => {
    void fetchOne(id);
  }, [fetchOne, id]);

  return (
    <section className="page" data-testid="complaint-detail">
      <div className="page-header">
        <h2 className="page-title">{t('complaintDetail.title')}</h2>
        <div className="page-header-actions">
          {complaint && (
            <RegisterPrintButton layout={layout} onLayout={setLayout} />
          )}
          <button type="button" className="button" autoFocus onClick={() => go({ page: 'complaints' })}>
            {t('complaintDetail.back')}
          </button>
        </div>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {!complaint ? (
        <p className="muted">{t('complaintDetail.loading')}</p>
      ) : (
        <>
          <div className="complaint-detail-layout">
            <DetailMain complaint={complaint} pack={pack} gradePack={gradePack} />
            <DetailGrading complaint={complaint} gradePack={gradePack} />
          </div>
          <ComplaintRegisterPrint complaint={complaint} layout={layout} />
        </>
      )}
    </section>
  );
}

type Loaded = { complaint: ComplaintDetailData; gradePack: RulePack | null | undefined };

/** The record, what may be done next, what was done, its records and the side paths its pack names. */
function DetailMain({ complaint, pack, gradePack }: Loaded & { pack: RulePack | null | undefined }) {
  return (
    <div className="complaint-detail-main">
      <HeadOfficeRemarks complaint={complaint} pack={pack ?? null} />
      <ComplaintFacts complaint={complaint} />
      <WorkflowActions key={complaint.id} complaint={complaint} />
      <RoutePanel complaint={complaint} />
      <HandlingSummary complaint={complaint} />
      <WorkflowTimeline complaint={complaint} />
      <WorkflowRecords complaint={complaint} />
      <CaseRecordsPanel complaint={complaint} />
      {(gradePack?.paths?.stoppageNotice || gradePack?.paths?.roomTemperature) && <HeatSupplyPanel key={`heat-${complaint.id}`} complaintId={complaint.id} />}
      {gradePack?.paths?.reportRetest && <RetestPanel key={`retest-${complaint.id}`} complaintId={complaint.id} />}
    </div>
  );
}

/** The grade and its clocks, who was told, the special report and, for whoever may grade, the override. */
function DetailGrading({ complaint, gradePack }: Loaded) {
  const user = useSessionStore((s) => s.user);
  const mayGrade = !!user && hasPermission(user.roles, 'complaint.grade');
  return (
    <div className="complaint-detail-grading">
      <GradePanel grade={complaint.grade} pack={gradePack} kind={complaint.kind} sidePaths={complaint.workflow} />
      <RecordNotified key={complaint.version} complaint={complaint} />
      <SpecialReportBox complaint={complaint} />
      {mayGrade && gradePack && complaint.grade && <OverrideClass key={complaint.version} complaint={complaint} pack={gradePack} />}
    </div>
  );
}
