import type { ReactNode } from 'react';

/** Terms and what they are, as a description list: each pair in its own `div`, so a style can lay them out as rows. */
export function DescriptionList({ className, entries }: { className?: string; entries: [term: ReactNode, value: ReactNode][] }) {
  return (
    <dl className={className}>
      {entries.map(([term, value], index) => (
        <div key={index}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
