// HTML from the API is never handed to the browser as markup. DOMPurify parses it into an inert document and removes
// every element and attribute outside the policy; the result is then reduced to a plain tree of elements, attributes
// and text, which React renders as elements, escaping every text. Whatever the server sends, nothing else gets through.
import DOMPurify from 'dompurify';

/** Text, or an element that passed the policy. */
export type SafeNode = string | SafeElement;

export interface SafeElement {
  tag: string;
  attributes: Record<string, string>;
  children: SafeNode[];
}

export interface HtmlPolicy {
  /** The elements that may stay, each with the attributes it may keep. Other elements give up their text only. */
  elements: Readonly<Record<string, readonly string[]>>;
  /** Attribute values that must match a pattern (URLs, numbers); a value that does not is dropped. */
  attributeValues?: Readonly<Record<string, RegExp>>;
  /** Elements dropped when they lost the attribute they exist for, such as an image without a (safe) source. */
  required?: Readonly<Record<string, string>>;
  /**
   * The level the HTML's highest heading is shown at, the others keeping their distance to it: below a page's own
   * h1, a body's headings start at h2 whether its author began with # or with ##, so no level is skipped.
   */
  headingBase?: number;
}

/**
 * An item's body, rendered from Markdown by the server. The same allow-list the server's sanitiser applies
 * (`MarkdownRenderer`), applied again here so the app does not depend on the server getting it right.
 */
export const RICH_TEXT_POLICY: HtmlPolicy = {
  elements: {
    p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], ul: [], ol: ['start'], li: [], blockquote: [], pre: [],
    code: [], em: [], strong: [], del: [], hr: [], br: [], table: [], thead: [], tbody: [], tr: [],
    th: ['align'], td: ['align'], a: ['href', 'title'], img: ['src', 'alt', 'title'],
  },
  attributeValues: {
    href: /^(https?:\/\/|mailto:)/i,
    // Images only over https: no data: or javascript: URLs, no tracking over plain http.
    src: /^https:\/\//i,
    align: /^(left|center|right)$/,
    start: /^\d{1,6}$/,
  },
  required: { img: 'src' },
  // The page's title is the h1; the body's headings go below it.
  headingBase: 2,
};

// Removed together with their content: their text is code or markup, never something to read.
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'noembed',
  'noframes', 'textarea', 'select', 'option', 'title', 'svg', 'math', 'xmp', 'plaintext', 'head',
];

// Elements whose whitespace-only text between children is layout, not content (and invalid inside a table).
const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol']);

const MAX_DEPTH = 64;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function sanitizeHtml(html: string | null | undefined, policy: HtmlPolicy): SafeNode[] {
  if (!html) return [];
  const allowedTags = Object.keys(policy.elements);
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: [...new Set(Object.values(policy.elements).flat())],
    FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    KEEP_CONTENT: true, // other elements give up their text only
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  return toSafeNodes(clean, policy, 0, false, headingShift(clean, policy));
}

const HEADING = /^h([1-6])$/;

function headingShift(html: DocumentFragment, policy: HtmlPolicy): number {
  if (policy.headingBase === undefined) return 0;
  const levels = [...html.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.localName[1]));
  return levels.length === 0 ? 0 : policy.headingBase - Math.min(...levels);
}

// DOMPurify allows the union of the policy's attributes on every allowed element; which element keeps which
// attribute, the value patterns, required attributes and heading levels are the policy's own rules, applied here.
function toSafeNodes(parent: Node, policy: HtmlPolicy, depth: number, structural: boolean, shift: number): SafeNode[] {
  const result: SafeNode[] = [];
  if (depth > MAX_DEPTH) return result;
  parent.childNodes.forEach((node) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text && !(structural && text.trim() === '')) result.push(text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    const allowedAttributes = Object.hasOwn(policy.elements, name) ? policy.elements[name] : undefined;
    if (!allowedAttributes) return; // DOMPurify let through nothing else
    const level = HEADING.exec(name)?.[1];
    const tag = level === undefined ? name : `h${Math.min(6, Math.max(1, Number(level) + shift))}`;
    const attributes: Record<string, string> = {};
    for (const attribute of allowedAttributes) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const pattern = policy.attributeValues?.[attribute];
      if (pattern && !pattern.test(value)) continue;
      attributes[attribute] = value;
    }
    const required = policy.required?.[name];
    if (required && !(required in attributes)) return;
    result.push({ tag, attributes, children: toSafeNodes(element, policy, depth + 1, STRUCTURAL.has(tag), shift) });
  });
  return result;
}

/** The text of sanitised nodes, for places that need a plain string (an accessible name, a document title). */
export function textOf(nodes: SafeNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}
