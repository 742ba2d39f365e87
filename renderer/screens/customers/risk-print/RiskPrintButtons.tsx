import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerRisk } from '../../../../shared/api/risk-classes';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { useCustomersStore } from '../../../stores/customers-store';
import { RiskFormPrint, siteMonthOf, type RiskForm } from './RiskFormPrint';

const FORMS: readonly RiskForm[] = ['screening', 'warning'];

/** Print buttons for the two forms of 三、, filled from the customer's records or blank; the sheet goes into the page, where the print style sheet shows it alone. */
export function RiskPrintButtons({ customerId, risk, anchor }: { customerId: string; risk: CustomerRisk; anchor: () => Element | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const file = useCustomersStore((s) => s.byId[customerId]);
  const [printed, setPrinted] = useState<{ form: RiskForm; blank: boolean } | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  // Print once the sheet has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);
  const print = (form: RiskForm, blank: boolean) => {
    setPrinted({ form, blank });
    setPrintRequest((n) => n + 1);
  };
  const data = file && !printed?.blank ? { customerName: file.name, risk, followUps: file.followUps, month: siteMonthOf(new Date(), timeZone) } : null;
  return (
    <div className="risk-print-buttons" data-testid="risk-print-buttons">
      {FORMS.map((form) => (
        <span key={form}>
          <button type="button" className="button" data-testid={`risk-print-${form}-filled`} disabled={!file} onClick={() => print(form, false)}>
            {t(`riskClasses.sheet.print.${form}`)}
          </button>
          <button type="button" className="button" data-testid={`risk-print-${form}-blank`} onClick={() => print(form, true)}>
            {t(`riskClasses.sheet.print.${form}Blank`)}
          </button>
        </span>
      ))}
      {printed && createPortal(<RiskFormPrint form={printed.form} data={data} />, anchor() ?? document.body)}
    </div>
  );
}
