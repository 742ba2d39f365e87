import type { ReactNode } from 'react';

/** One label and value of a record's details; `testId` names the value. */
export function DetailItem({ label, wide, testId, children }: { label: string; wide?: boolean; testId?: string; children: ReactNode }) {
  return (
    <div className={wide ? 'detail-item wide' : 'detail-item'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
