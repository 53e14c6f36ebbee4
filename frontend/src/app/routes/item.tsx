import { Link, useParams } from 'react-router';
import { isEditor, useMe } from '@/features/catalogue-editor/api/get-me';
import { ItemDetail } from '@/features/catalogue/components/item-detail';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function ItemRoute() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { data: me } = useMe();
  return (
    <ItemDetail
      key={slug}
      slug={slug}
      {...(isEditor(me) && {
        actions: (item) => (
          <p>
            <Link to={`/redactie/items/${encodeURIComponent(item.id)}`} className="button button-secondary">
              {t('item.edit')}
            </Link>
          </p>
        ),
      })}
    />
  );
}
