import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionsHeader } from './ActionsHeader';

/**
 * A plain table with a header row; rows never split across printed pages. A wide one
 * scrolls sideways in its box on a narrow window: the box is a named, focusable region
 * so the keyboard can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable, issue 20 item 12).
 * A blank heading is the column of a row's buttons. The box is named as the table of
 * `label` (赔偿记录表), not `label` itself: a section headed 赔偿记录 holds it, and two
 * landmarks of one name cannot be told apart.
 */
export function HeadedTable({ head, label, children, testId, className }: { head: string[]; label: string; children: ReactNode; testId?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={t('common.tableOf', { name: label })} tabIndex={0}>
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) =>
              h ? (
                <th scope="col" key={h}>
                  {h}
                </th>
              ) : (
                <ActionsHeader key="" />
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
