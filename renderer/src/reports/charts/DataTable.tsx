// A plain table of a chart's numbers: the first column names each row. Used for the screen-reader fallback
// of charts and, where people want the exact figures (carriers), on screen.
interface DataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  className?: string;
}

export function DataTable({ caption, columns, rows, className }: DataTableProps) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells], index) => (
          <tr key={`${head ?? ''}-${index}`}>
            <th scope="row">{head}</th>
            {cells.map((cell, column) => (
              <td key={columns[column + 1] ?? column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
