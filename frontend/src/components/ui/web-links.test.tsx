import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WebLinkList, webLinks } from './web-links';

describe('web links', () => {
  it('keeps only http and https links, whatever their case', () => {
    const links = [
      { title: 'Site', url: 'https://example.org' },
      { title: 'Oud', url: 'HTTP://example.org/oud' },
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Data', url: 'data:text/html,x' },
    ];

    expect(webLinks(links).map((link) => link.title)).toEqual(['Site', 'Oud']);
    expect(webLinks(null)).toEqual([]);
  });

  it('lists each link by its title, opened without a referrer', () => {
    render(<WebLinkList links={[{ title: 'Ouders & School', url: 'https://example.org/ouders' }]} />);

    const link = screen.getByRole('link', { name: 'Ouders & School' });
    expect(link).toHaveAttribute('href', 'https://example.org/ouders');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
