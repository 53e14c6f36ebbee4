import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import type { HtmlPolicy } from '@/lib/safe-html';
import { SafeHtml } from './safe-html';

/** The smallest policy: only <mark> elements may stay. */
const MARKS_ONLY: HtmlPolicy = { elements: { mark: [] } };

const ATTACK =
  '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">' +
  '<mark onmouseover="window.hacked = true" style="position:fixed">kinderen</mark>' +
  '<a href="javascript:window.hacked = true">klik</a>&lt;script&gt;alert(1)&lt;/script&gt;';

function attributesOf(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name));
}

describe('SafeHtml', () => {
  it('renders highlights as <mark> and text only: no script, no other element, no attribute', () => {
    const { container } = render(<SafeHtml html={ATTACK} policy={MARKS_ONLY} />);

    const wrapper = container.firstElementChild as HTMLElement;
    expect(wrapper.tagName).toBe('SPAN');
    expect([...wrapper.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['MARK']);
    expect(attributesOf(wrapper)).toEqual([]);
    expect(wrapper.querySelector('mark')).toHaveTextContent('kinderen');
    expect(wrapper).toHaveTextContent('kinderenklik<script>alert(1)</script>');
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('renders a body with safe links only', () => {
    const { container } = render(
      <SafeHtml
        as="div"
        html={`<p>Lees <a href="https://example.org">meer</a></p>${ATTACK}`}
        policy={RICH_TEXT_POLICY}
      />,
    );

    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org', null]);
    expect(links[0]).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    expect(container.querySelector('script, img, [onerror], [onmouseover], [style]')).toBeNull();
  });
});
