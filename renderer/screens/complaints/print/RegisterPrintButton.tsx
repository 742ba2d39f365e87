import { useTranslation } from 'react-i18next';
import { REGISTER_LAYOUTS, type RegisterLayoutId } from './register-layouts';

/** 打印登记表 with the form to print it in: the site's own by default, any of the sources' forms on request. */
export function RegisterPrintButton({ layout, onLayout }: { layout: RegisterLayoutId; onLayout: (layout: RegisterLayoutId) => void }) {
  const { t } = useTranslation();
  return (
    <span className="register-print-controls">
      <label className="visually-hidden" htmlFor="register-layout">
        {t('register.layout')}
      </label>
      <select id="register-layout" className="toolbar-select" data-testid="register-layout" value={layout} onChange={(e) => onLayout(e.target.value as RegisterLayoutId)}>
        {REGISTER_LAYOUTS.map((id) => (
          <option key={id} value={id}>
            {t(`register.layouts.${id}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button" data-testid="print-register" onClick={() => window.print()}>
        {t('complaintDetail.print')}
      </button>
    </span>
  );
}
