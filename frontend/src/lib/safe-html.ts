// HTML from the API is never handed to the browser as markup. It is parsed into an inert document (DOMParser runs no
// scripts and loads nothing), walked, and reduced to a plain tree of allowed elements, allowed attributes and text,
// which React then renders as elements, escaping every text. Whatever the server sends, nothing else gets through.

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
  /** Elements shown as another element, such as headings moved one level down below the page's own heading. */
  rename?: Readonly<Record<string, string>>;
}

/** Search highlights: the API marks matches with `<mark>` and escapes everything else. */
export const HIGHLIGHT_POLICY: HtmlPolicy = { elements: { mark: [] } };

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
  // The page's title is the h1; the body's headings go one level below it.
  rename: { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6' },
};

// Removed together with their content: their text is code or markup, never something to read.
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'noembed',
  'noframes', 'textarea', 'select', 'option', 'title', 'svg', 'math', 'xmp', 'plaintext', 'head',
]);

// Elements whose whitespace-only text between children is layout, not content (and invalid inside a table).
const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol']);

const MAX_DEPTH = 64;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function sanitizeHtml(html: string | null | undefined, policy: HtmlPolicy): SafeNode[] {
  if (!html) return [];
  const document = new DOMParser().parseFromString(html, 'text/html');
  return sanitizeChildren(document.body, policy, 0, false);
}

function sanitizeChildren(parent: Node, policy: HtmlPolicy, depth: number, structural: boolean): SafeNode[] {
  const result: SafeNode[] = [];
  if (depth > MAX_DEPTH) return result;
  parent.childNodes.forEach((node) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text && !(structural && text.trim() === '')) result.push(text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    const allowedAttributes = Object.hasOwn(policy.elements, name) ? policy.elements[name] : undefined;
    const tag = policy.rename?.[name] ?? name;
    const children = sanitizeChildren(element, policy, depth + 1, STRUCTURAL.has(tag));
    if (!allowedAttributes) {
      result.push(...children); // keep the words, lose the element
      return;
    }
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
    result.push({ tag, attributes, children });
  });
  return result;
}

/** The text of sanitised nodes, for places that need a plain string (an accessible name, a document title). */
export function textOf(nodes: SafeNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}
