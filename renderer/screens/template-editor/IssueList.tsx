import { useTranslation } from 'react-i18next';
import type { TemplateIssue } from '../../../shared/checklists/template-issues';
import { useChecklistText } from '../checklists/checklist-text';

/**
 * The form element nearest to an issue's place: the field at its path, or
 * the closest enclosing one (a section, an item), or the first field inside
 * it (an issue at a whole bilingual title lands on its Chinese field).
 */
export function elementFor(root: ParentNode, path: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const element of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const at = element.dataset.path ?? '';
    const encloses = at === '' || path === at || path.startsWith(`${at}.`);
    const inside = path !== '' && at.startsWith(`${path}.`);
    if (encloses && at.length > bestLength) {
      best = element;
      bestLength = at.length;
    } else if (inside && bestLength < path.length) {
      best = element;
      bestLength = path.length;
    }
  }
  return best;
}

/** The last validation's issues, each with a button that jumps to its place in the form (or the JSON view, for what the form does not show). */
export function IssueList({ issues, onGoTo }: { issues: readonly TemplateIssue[]; onGoTo: (issue: TemplateIssue) => void }) {
  const { t } = useTranslation();
  const { en } = useChecklistText();
  return (
    <div className="banner banner-error" role="alert" data-testid="template-issues">
      <p>{t('templateEditor.issues', { count: issues.length })}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i} data-testid="template-issue" data-issue-path={issue.path}>
            {en ? issue.en : issue.zh}{' '}
            <button type="button" className="button link" onClick={() => onGoTo(issue)}>
              {t('templateEditor.goTo')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
