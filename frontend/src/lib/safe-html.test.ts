import { describe, expect, it } from 'vitest';
import { RICH_TEXT_POLICY, sanitizeHtml, textOf } from './safe-html';
import type { HtmlPolicy } from './safe-html';

/** The smallest policy: only <mark> elements may stay. */
const MARKS_ONLY: HtmlPolicy = { elements: { mark: [] } };

describe('sanitizeHtml with the highlight policy', () => {
  it('keeps <mark> and text', () => {
    expect(sanitizeHtml('Ouders en <mark>kinderen</mark> samen', MARKS_ONLY)).toEqual([
      'Ouders en ',
      { tag: 'mark', attributes: {}, children: ['kinderen'] },
      ' samen',
    ]);
  });

  it('keeps escaped markup as text, never as elements', () => {
    const nodes = sanitizeHtml('&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark>', MARKS_ONLY);

    expect(nodes).toEqual(['<script>alert(1)</script> ', { tag: 'mark', attributes: {}, children: ['<b>'] }]);
  });

  it('drops a <script> with its content', () => {
    expect(sanitizeHtml('<script>alert(1)</script><mark>ouder</mark>', MARKS_ONLY)).toEqual([
      { tag: 'mark', attributes: {}, children: ['ouder'] },
    ]);
  });

  it('strips every attribute from <mark>', () => {
    const nodes = sanitizeHtml('<mark onclick="steal()" style="color:red" class="x" id="y">ouder</mark>', MARKS_ONLY);

    expect(nodes).toEqual([{ tag: 'mark', attributes: {}, children: ['ouder'] }]);
  });

  it('keeps only the words of other elements', () => {
    const nodes = sanitizeHtml(
      '<b>vet</b> <img src=x onerror="alert(1)"><a href="javascript:alert(1)">klik</a><iframe src="//evil"></iframe>' +
        '<svg><script>alert(1)</script></svg><style>*{}</style><!-- comment -->',
      MARKS_ONLY,
    );

    expect(nodes).toEqual(['vet', ' ', 'klik']);
  });

  it('gives nothing for empty input', () => {
    expect(sanitizeHtml(null, MARKS_ONLY)).toEqual([]);
    expect(sanitizeHtml('', MARKS_ONLY)).toEqual([]);
  });
});

describe('sanitizeHtml with the rich-text policy', () => {
  it('keeps structure, http(s) links and https images, and moves headings one level down', () => {
    const nodes = sanitizeHtml(
      '<h1>Kop</h1><p>Zie <a href="https://example.org" title="uitleg" target="_blank">hier</a>.</p>' +
        '<img src="https://example.org/a.png" alt="foto" width="9">',
      RICH_TEXT_POLICY,
    );

    expect(nodes).toEqual([
      { tag: 'h2', attributes: {}, children: ['Kop'] },
      {
        tag: 'p',
        attributes: {},
        children: ['Zie ', { tag: 'a', attributes: { href: 'https://example.org', title: 'uitleg' }, children: ['hier'] }, '.'],
      },
      { tag: 'img', attributes: { src: 'https://example.org/a.png', alt: 'foto' }, children: [] },
    ]);
  });

  it('starts the headings at h2 whatever level the author began with, keeping their order', () => {
    expect(sanitizeHtml('<h2>Aanpak</h2><h3>Stap 1</h3><h2>Resultaat</h2>', RICH_TEXT_POLICY)).toEqual([
      { tag: 'h2', attributes: {}, children: ['Aanpak'] },
      { tag: 'h3', attributes: {}, children: ['Stap 1'] },
      { tag: 'h2', attributes: {}, children: ['Resultaat'] },
    ]);
  });

  it('drops dangerous URLs but keeps the link, and drops an image left without a source', () => {
    const nodes = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href=" javascript:alert(1)">b</a><a href="data:text/html,x">c</a>' +
        '<img src="data:image/png;base64,AAAA" alt="d"><img src="http://tracker.example/p.gif" alt="e">',
      RICH_TEXT_POLICY,
    );

    expect(nodes).toEqual([
      { tag: 'a', attributes: {}, children: ['a'] },
      { tag: 'a', attributes: {}, children: ['b'] },
      { tag: 'a', attributes: {}, children: ['c'] },
    ]);
  });

  it('drops whitespace between table rows, which React cannot render inside a table', () => {
    const nodes = sanitizeHtml('<table>\n<tbody>\n<tr>\n<td align="left">x</td>\n</tr>\n</tbody>\n</table>', RICH_TEXT_POLICY);

    expect(nodes).toEqual([
      {
        tag: 'table',
        attributes: {},
        children: [
          {
            tag: 'tbody',
            attributes: {},
            children: [{ tag: 'tr', attributes: {}, children: [{ tag: 'td', attributes: { align: 'left' }, children: ['x'] }] }],
          },
        ],
      },
    ]);
  });

  it('gives the plain text of the result', () => {
    expect(textOf(sanitizeHtml('<p>Een <mark>ouder</mark>kamer</p>', MARKS_ONLY))).toBe('Een ouderkamer');
  });
});
