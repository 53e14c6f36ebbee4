import type { ReactNode } from 'react';

/**
 * A data table's caption and column headings, the way every table of the portal starts: the caption names the table
 * for screen readers, each heading is a column header (`scope="col"`).
 */
export function TableHead({ caption, columns }: { caption: ReactNode; columns: ReactNode[] }) {
  return (
    <>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
