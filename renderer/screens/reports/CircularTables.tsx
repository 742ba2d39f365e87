import type { Table } from '../../reports/rollup-export';

/** The export's tables as on paper (circular-export.ts); numbers right-aligned, weighted scores to two decimals. */
export function CircularTables({ tables, ids, empty }: { tables: Table[]; ids: string[]; empty: string[] }) {
  return (
    <>
      {tables.map((table, i) => (
        <div key={table.name} className="table-scroll">
          {table.rows.length === 0 ? (
            <p className="muted" data-testid={`circular-${ids[i]}-empty`}>
              <strong>{table.name}</strong>：{empty[i]}
            </p>
          ) : (
            <table className="report-table" data-testid={`circular-${ids[i]}`}>
              <caption>{table.name}</caption>
              <thead>
                <tr>
                  {table.header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                        {typeof cell === 'number' && table.money.includes(c) ? cell.toFixed(2) : cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </>
  );
}
