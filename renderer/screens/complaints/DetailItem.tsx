import type { ReactNode } from 'react';

/** One label and value of a record's details. */
export function DetailItem({ label, wide, testId, children }: { label: string; wide?: boolean; testId?: string; children: ReactNode }) {
  return (
    <div className={wide ? 'detail-item wide' : 'detail-item'} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
