import { AttachmentList } from '@/components/ui/attachment-list';
import { SafeHtml } from '@/components/ui/safe-html';
import { WebLinkList, webLinks } from '@/components/ui/web-links';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import type { Item } from '../api/types';
import styles from './item-detail.module.css';

/** An item's body, files and links: what `ItemDetail` shows below its title, summary and facts. */
export function ItemContent({ item }: { item: Item }) {
  const { t } = useI18n();
  const links = webLinks(item.links);
  return (
    <>
      {item.bodyHtml && (
        // bodyHtml was rendered from Markdown and sanitised with an allow-list by the server; SafeHtml applies the
        // same allow-list again and builds React elements, so a server-side slip still cannot run script here.
        <SafeHtml as="div" className={styles.body} html={item.bodyHtml} policy={RICH_TEXT_POLICY} />
      )}
      {(item.attachments ?? []).length > 0 && (
        <section aria-labelledby="item-files-title" className={styles.section}>
          <h2 id="item-files-title">{t('attachments.title')}</h2>
          <AttachmentList attachments={item.attachments ?? []} headingId="item-files-title" />
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="item-links-title" className={styles.section}>
          <h2 id="item-links-title">{t('item.links')}</h2>
          <WebLinkList links={links} />
        </section>
      )}
    </>
  );
}
