import type { ReactNode } from 'react';

/** A plain table with a header row; rows never split across printed pages. */
export function HeadedTable({ head, children, testId, className }: { head: string[]; children: ReactNode; testId?: string; className?: string }) {
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
