import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CircularDefinitionView } from '../../../shared/api/circulars';
import { noteLang, noteText } from '../../../shared/sources/choice-note';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';

/** The lead's weight of the monthly assessment (seed000 第一篇 五: 5% of 作业区考核), with the source's weight and the choice note beside it. */
export function CircularWeightForm({ definition, onSaved }: { definition: CircularDefinitionView; onSaved: (d: CircularDefinitionView) => void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const [percent, setPercent] = useState(definition.weightPercent === null ? '' : String(definition.weightPercent));
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const show = (value: number | null) => (value === null ? t('circulars.weightNone') : `${value}%`);
  const save = async (weightPercent: number | null) => {
    setError(null);
    setSaved(false);
    try {
      const next = await api.call('circulars.setWeight', { definitionId: definition.id, weightPercent, ...(note.trim() ? { note: note.trim() } : {}) });
      setPercent(next.weightPercent === null ? '' : String(next.weightPercent));
      setSaved(true);
      onSaved(next);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form
      className="report-controls toolbar no-print circular-weight"
      data-testid="circular-weight-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(percent.trim() === '' ? null : Number(percent));
      }}
    >
      <fieldset>
        <legend>{t('circulars.setWeight.title')}</legend>
        <p className="muted" data-testid="circular-weight-current">
          {t('circulars.setWeight.current', { value: show(definition.weightPercent), source: show(definition.sourceWeightPercent) })}（{cite(definition.weightSource)}）
          {definition.weightSetBy && definition.weightSetAt && ` · ${t('circulars.setWeight.setBy', { name: definition.weightSetBy, at: formatMoment(definition.weightSetAt, lang) })}`}
        </p>
        <p className="muted" lang={noteLang(lang)}>
          {noteText(definition.weightChoice, lang)}
        </p>
        <label>
          {t('circulars.setWeight.percent')}
          <input type="number" min={0} max={100} step={0.5} value={percent} onChange={(e) => setPercent(e.target.value)} data-testid="circular-weight-percent" />
        </label>
        <label>
          {t('circulars.setWeight.note')}
          <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="circular-weight-note" />
        </label>
        <button type="submit" className="button" data-testid="circular-weight-save">
          {t('circulars.setWeight.save')}
        </button>
        <button type="button" className="button ghost" onClick={() => void save(definition.sourceWeightPercent)}>
          {t('circulars.setWeight.reset')}
        </button>
        {saved && <span role="status">{t('circulars.setWeight.saved')}</span>}
      </fieldset>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
    </form>
  );
}
