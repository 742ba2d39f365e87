import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_LISTS, type WorkList } from '../../../shared/api/complaints';

export const WORK_LIST_PANEL_ID = 'work-list-panel';

/** 全部 · 我的待办 · 即将到期 …: one tab per work list; arrow keys move between them (WAI-ARIA tabs, activated on focus). */
export function WorkListTabs({ current, onChoose }: { current: WorkList; onChoose: (list: WorkList) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<WorkList, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -WORK_LISTS.length, End: WORK_LISTS.length }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = Math.min(WORK_LISTS.length - 1, Math.max(0, WORK_LISTS.indexOf(current) + step));
    const next = WORK_LISTS[index]!;
    refs.current[next]?.focus();
    if (next !== current) onChoose(next);
  };

  return (
    <div className="work-list-tabs" role="tablist" aria-label={t('complaints.tabs')} onKeyDown={onKeyDown}>
      {WORK_LISTS.map((list) => (
        <button
          key={list}
          ref={(el) => {
            refs.current[list] = el;
          }}
          type="button"
          role="tab"
          id={`work-list-tab-${list}`}
          className={list === current ? 'work-list-tab active' : 'work-list-tab'}
          aria-selected={list === current}
          aria-controls={WORK_LIST_PANEL_ID}
          tabIndex={list === current ? 0 : -1}
          data-testid={`work-list-tab-${list}`}
          onClick={() => list !== current && onChoose(list)}
        >
          {t(`workLists.${list}`)}
        </button>
      ))}
    </div>
  );
}
