import { highlightParts } from '@/lib/highlights';

/** A search highlight: its text, with the matches in <mark>. */
export function Highlighted({ highlight }: { highlight: string }) {
  return (
    <>
      {highlightParts(highlight).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
