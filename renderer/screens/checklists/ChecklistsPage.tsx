import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistDue } from '../../../shared/api/checklists';
import type { ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useProfileStore } from '../../stores/profile-store';
import { useSessionStore } from '../../stores/session-store';
import { useChecklistText } from './checklist-text';
import { ChecklistPrint } from './print/ChecklistPrint';
import { usePrint } from './print/use-print';
import { groupTemplates } from './template-groups';
import './checklists.css';
import { useCitation } from '../../components/SourceCitation';

const NO_RECORDS: never[] = [];

/** The templates with what is due or overdue at this site today, a template's records (drafts resume), and its blank form to print. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const templates = useChecklistsStore((s) => s.templates);
  const due = useChecklistsStore((s) => s.due);
  const error = useChecklistsStore((s) => s.error);
  const load = useChecklistsStore((s) => s.load);
  const [selected, setSelected] = useState<string | null>(null);
  const { print } = usePrint('blank');

  useEffect(() => {
    void load();
  }, [load]);

  const chosen = templates.find((tpl) => tpl.id === (selected ?? templates[0]?.id));

  return (
    <section className="page" data-testid="checklists-page">
      <h2>{t('checklists.templates')}</h2>
      <p className="muted">{t('checklists.intro')}</p>
      <PageLinks />
      {error ? <ErrorBanner messages={[errorText(error, t)]} /> : null}
      <NothingApplies />
      <div className="checklist-groups" data-testid="checklist-templates">
        {groupTemplates(templates, due).map((group) => (
          <section key={group.id} aria-labelledby={`checklist-group-${group.id}`}>
            <h3 id={`checklist-group-${group.id}`}>{t(`checklists.groups.${group.id}`)}</h3>
            <ul className="checklist-templates" data-testid={`checklist-group-${group.id}`}>
              {group.templates.map((template) => (
                <TemplateCard
                  key={template.id}
                  template={template}
                  due={due.find((d) => d.templateId === template.id)}
                  selected={chosen?.id === template.id}
                  onSelect={() => setSelected(template.id)}
                  onPrintBlank={() => {
                    setSelected(template.id);
                    print('blank');
                  }}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {chosen && <RecordList template={chosen} title={label(chosen.title)} />}
      {chosen && <ChecklistPrint template={chosen} record={null} />}
    </section>
  );
}

/** The template editor (head office) and, at a coal mine, its level record kept beside its grading form (seed004 §A; issue 17). */
function PageLinks() {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const mayEditTemplates = useSessionStore((s) => !!s.user && hasPermission(s.user.roles, 'checklist.editTemplates'));
  const isMine = useProfileStore((s) => !!s.profile?.templates.includes('coal-mine-grading'));
  return (
    <>
      {mayEditTemplates && (
        <button type="button" className="button secondary" onClick={() => go({ page: 'templates' })} data-testid="open-template-editor">
          {t('templateEditor.open')}
        </button>
      )}
      {isMine && (
        <button type="button" className="button secondary" onClick={() => go({ page: 'mine-level' })} data-testid="open-mine-level">
          {t('mineLevel.open')}
        </button>
      )}
    </>
  );
}

/** Why the list is empty: no organisation chosen yet, or none of its rules has a form (issue 17). */
function NothingApplies() {
  const { t } = useTranslation();
  const loaded = useChecklistsStore((s) => s.loaded);
  const empty = useChecklistsStore((s) => s.templates.length === 0);
  const profileLoaded = useProfileStore((s) => s.loaded);
  const hasProfile = useProfileStore((s) => s.profile !== null);
  const loadProfile = useProfileStore((s) => s.load);
  useEffect(() => {
    if (!profileLoaded) void loadProfile();
  }, [profileLoaded, loadProfile]);
  if (!loaded || !profileLoaded || !empty) return null;
  return (
    <p className="notice" data-testid="checklists-none">
      {hasProfile ? t('checklists.noTemplates') : t('checklists.noProfile')}
    </p>
  );
}

function DueBadge({ due }: { due: ChecklistDue | undefined }) {
  const { t } = useTranslation();
  if (!due) return null;
  const cls = due.status === 'overdue' ? 'badge badge-overdue' : due.status === 'due' ? 'badge badge-due' : due.status === 'done' ? 'badge badge-done' : 'badge';
  return (
    <span className="checklist-due" data-testid="due-status" data-status={due.status}>
      <span className={cls}>{t(`checklists.due.${due.status}`)}</span>
      {due.current && due.status !== 'done' && <> {t('checklists.due.dueBy', { day: due.current.dueBy })}</>}
      {due.current && due.current.required > 1 && <> · {t('checklists.due.progress', { done: due.current.done, required: due.current.required })}</>}
      {due.missed && <> · {t('checklists.due.missed', { from: due.missed.from, to: due.missed.to })}</>}
      {due.status === 'done' && due.nextDueBy && <> · {t('checklists.due.next', { day: due.nextDueBy })}</>}
      {due.drafts > 0 && <> · {t('checklists.due.drafts', { count: due.drafts })}</>}
    </span>
  );
}

function TemplateCard({ template, due, selected, onSelect, onPrintBlank }: { template: ChecklistTemplate; due: ChecklistDue | undefined; selected: boolean; onSelect: () => void; onPrintBlank: () => void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const { label } = useChecklistText();
  const start = useChecklistsStore((s) => s.start);
  const go = useNavigationStore((s) => s.go);
  const [error, setError] = useState<unknown>(null);
  const hasDraft = Boolean(due?.openDraft);
  const open = async (resume: boolean) => {
    try {
      const record = await start(template.id, resume);
      go({ page: 'checklist-record', id: record.id });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className={selected ? 'panel checklist-template selected' : 'panel checklist-template'} data-testid={`template-${template.id}`}>
      <div>
        <h3>
          <button type="button" className="button link" onClick={onSelect} aria-pressed={selected} data-testid={`select-${template.id}`}>
            {label(template.title)}
          </button>
        </h3>
        <p className="muted">
          {t(`checklists.kinds.${template.kind}`)} · {t('checklists.version', { version: template.version })} · {t('checklists.source', { source: cite(template.source) })}
        </p>
        <DueBadge due={due} />
        {error ? <ErrorBanner messages={[errorText(error, t)]} /> : null}
      </div>
      <div className="actions">
        <button type="button" className="button" data-testid={`start-${template.id}`} onClick={() => void open(true)}>
          {hasDraft ? t('checklists.resume') : t('checklists.start')}
        </button>
        {hasDraft && (
          <button type="button" className="button secondary" data-testid={`start-another-${template.id}`} onClick={() => void open(false)}>
            {t('checklists.startAnother')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onPrintBlank} data-testid={`print-blank-${template.id}`}>
          {t('checklists.printBlank')}
        </button>
      </div>
    </li>
  );
}

function RecordList({ template, title }: { template: ChecklistTemplate; title: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const list = useChecklistsStore((s) => s.lists[template.id] ?? NO_RECORDS);
  const loadList = useChecklistsStore((s) => s.loadList);
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    void loadList(template.id);
  }, [template.id, loadList]);
  return (
    <section className="panel" data-testid="checklist-records">
      <h3>
        {title} · {t('checklists.records')}
      </h3>
      {list.length === 0 ? (
        <p className="muted">{t('checklists.noRecords')}</p>
      ) : (
        <ul className="checklist-records">
          {list.map((r) => (
            <li key={r.id} data-testid="checklist-record-row" data-status={r.status}>
              <span className={r.status === 'draft' ? 'badge badge-due' : 'badge badge-done'}>{t(`checklists.status.${r.status}`)}</span>
              <span>{t('checklists.startedBy', { name: r.startedByName, at: formatInstant(r.startedAt, timeZone) })}</span>
              <span className="muted">{t('checklists.answered', { count: r.answered })}</span>
              {r.openActions > 0 && <span className="badge badge-overdue">{t('checklists.openActions', { count: r.openActions })}</span>}
              <button type="button" className="button secondary" onClick={() => go({ page: 'checklist-record', id: r.id })} data-testid="open-record">
                {r.status === 'draft' ? t('checklists.resume') : t('checklists.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
