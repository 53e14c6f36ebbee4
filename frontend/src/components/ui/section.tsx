import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** A paragraph under the heading. */
  intro?: string;
  className?: string;
  children?: ReactNode;
}

/** A part of a page under its own heading, which names the section for screen readers. */
export function Section({ title, intro, className = 'stack', children }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
    </section>
  );
}
