import { useTranslation } from 'react-i18next';
import type { WorkflowDetail } from '../../../../shared/api/workflow';
import { useCitation } from '../../../components/SourceCitation';

/**
 * Why a step's clock does not run (answered on the spot, bank outlet 第七条(二)) or runs to a time agreed
 * with the customer (第八条(三), 第十一条(一)3), under the step's clock line.
 */
export function SidePathLine({ step, sidePaths }: { step: string; sidePaths: Pick<WorkflowDetail, 'onTheSpot' | 'agreedReply'> | undefined }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const spot = sidePaths?.onTheSpot;
  const agreed = sidePaths?.agreedReply;
  if (spot?.meets.includes(step)) {
    return (
      <small className="grade-clock-start" data-testid={`side-path-${step}`}>
        {t('workflow.onSpotClock')} · {cite(spot.source)}
      </small>
    );
  }
  if (agreed?.step === step) {
    return (
      <small className="grade-clock-start" data-testid={`side-path-${step}`}>
        {t('workflow.agreedClock', { how: t(`replyMethods.${agreed.agreedBy}`), by: agreed.byName })} · {cite(agreed.source)}
      </small>
    );
  }
  return null;
}
