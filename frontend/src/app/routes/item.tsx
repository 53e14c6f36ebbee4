import { Link, useParams } from 'react-router';
import { ItemDetail } from '@/features/catalogue/components/item-detail';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function ItemRoute() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { data: user } = useCurrentUser();
  return (
    <ItemDetail
      key={slug}
      slug={slug}
      {...(hasRole(user, 'EDITOR') && {
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
