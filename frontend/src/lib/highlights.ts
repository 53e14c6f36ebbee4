// Search highlights are text with the matches marked: the API escapes the text and wraps each match in <mark>
// (Elasticsearch's HTML encoder). That small format is read here into plain strings, which React renders as text, and
// never handed to the browser as markup: whatever a highlight holds, only <mark> elements can come of it. Reading it
// this way keeps the HTML sanitiser off the search page, where it cost a third of rendering twenty results.

/** A run of a highlight's text, and whether it is a match. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

const MARKS = /<mark>|<\/mark>/g;

// What the encoder writes (&amp; &lt; &gt; &quot; &#x27; &#x2F;) and numeric references; anything else stays as it is.
const REFERENCE = /&(amp|lt|gt|quot|#x[0-9a-fA-F]{1,6}|#[0-9]{1,7});/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

function decode(text: string): string {
  return text.replace(REFERENCE, (whole, name: string) => {
    if (name in NAMED) return NAMED[name]!;
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function highlightParts(highlight: string | null | undefined): HighlightPart[] {
  if (!highlight) return [];
  const parts: HighlightPart[] = [];
  let match = false;
  let from = 0;
  for (const marker of highlight.matchAll(MARKS)) {
    if (marker.index > from) parts.push({ text: decode(highlight.slice(from, marker.index)), match });
    match = marker[0] === '<mark>';
    from = marker.index + marker[0].length;
  }
  if (from < highlight.length) parts.push({ text: decode(highlight.slice(from)), match });
  return parts;
}
