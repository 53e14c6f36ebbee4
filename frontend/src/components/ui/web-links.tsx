interface WebLink {
  title: string;
  url: string;
}

/** Only web links (http, https): the backend validates them, a page does not rely on it. */
export function webLinks<Link extends WebLink>(links: readonly Link[] | null | undefined): Link[] {
  return (links ?? []).filter((link) => /^https?:\/\//i.test(link.url));
}

/** A list of links to other sites (an item's links, an article's references), each opened without a referrer. */
export function WebLinkList({ links }: { links: readonly WebLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
