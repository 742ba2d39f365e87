import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import type { ComplaintFieldErrors, ComplaintFormValues } from '../complaint-form-model';

interface ProductFieldsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  set: <K extends keyof ComplaintFormValues>(key: K, value: ComplaintFormValues[K]) => void;
}

/**
 * 产品信息, folded away until needed: product, batch number (批号, seed003 篇1
 * 8.6 f: "请您提供批号以便我们内部责任落实") and quantity with its unit (篇1
 * counts cases, seed004 §J 5.1.1 the quantity shipped). Opens by itself when
 * a draft or an error has something in it.
 */
export function ProductFields({ values, errors, set }: ProductFieldsProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const filled = [values.product, values.batchNo, values.quantity, values.quantityUnit].some((v) => v.trim() !== '');
  const failing = Boolean(errors.product || errors.batchNo || errors.quantity || errors.quantityUnit);
  const open = shown || filled || failing;
  return (
    <section className="product-fields" aria-labelledby="product-fields-toggle">
      <button
        type="button"
        id="product-fields-toggle"
        className="link-button section-toggle"
        aria-expanded={open}
        aria-controls="product-fields-body"
        data-testid="product-fields-toggle"
        onClick={() => setShown(!open)}
      >
        {open ? '▾' : '▸'} {t('customerIntake.productSection')}
      </button>
      {open && (
        <div id="product-fields-body">
          <p className="field-hint">{t('customerIntake.productHint')}</p>
          <div className="field-row">
            <FormField id="complaint-product" label={t('customerIntake.product')} error={errors.product}>
              {(control) => <input {...control} type="text" data-testid="field-product" maxLength={100} value={values.product} onChange={(e) => set('product', e.target.value)} />}
            </FormField>
            <FormField id="complaint-batchNo" label={t('customerIntake.batchNo')} error={errors.batchNo}>
              {(control) => <input {...control} type="text" data-testid="field-batchNo" maxLength={50} value={values.batchNo} onChange={(e) => set('batchNo', e.target.value)} />}
            </FormField>
          </div>
          <div className="field-row">
            <FormField id="complaint-quantity" label={t('customerIntake.quantity')} error={errors.quantity}>
              {(control) => (
                <input {...control} type="text" inputMode="numeric" data-testid="field-quantity" maxLength={10} value={values.quantity} onChange={(e) => set('quantity', e.target.value)} />
              )}
            </FormField>
            <FormField id="complaint-quantityUnit" label={t('customerIntake.quantityUnit')} hint={t('customerIntake.quantityUnitHint')} error={errors.quantityUnit}>
              {(control) => (
                <input {...control} type="text" data-testid="field-quantityUnit" maxLength={10} value={values.quantityUnit} onChange={(e) => set('quantityUnit', e.target.value)} />
              )}
            </FormField>
          </div>
        </div>
      )}
    </section>
  );
}
