import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { sanitizeHtml, type HtmlPolicy, type SafeNode } from '@/lib/safe-html';

const VOID_ELEMENTS = new Set(['br', 'hr', 'img']);

function render(nodes: SafeNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (typeof node === 'string') return <Fragment key={index}>{node}</Fragment>;
    const props: Record<string, string | number> = { key: index, ...node.attributes };
    if (node.tag === 'a') props.rel = 'nofollow noopener noreferrer';
    // An image the author gave no description is decoration to a screen reader, not an unnamed graphic.
    if (node.tag === 'img') Object.assign(props, { alt: node.attributes.alt ?? '', loading: 'lazy' });
    return VOID_ELEMENTS.has(node.tag) ? createElement(node.tag, props) : createElement(node.tag, props, ...render(node.children));
  });
}

interface SafeHtmlProps {
  /** HTML from the API; only what `policy` allows is shown, always as elements React builds, never as markup. */
  html: string | null | undefined;
  policy: HtmlPolicy;
  /** The wrapping element: `span` for inline text such as a highlighted title, `div` for a body. */
  as?: 'span' | 'div';
  className?: string;
}

export function SafeHtml({ html, policy, as = 'span', className }: SafeHtmlProps) {
  const nodes = useMemo(() => sanitizeHtml(html, policy), [html, policy]);
  return createElement(as, className ? { className } : null, ...render(nodes));
}
