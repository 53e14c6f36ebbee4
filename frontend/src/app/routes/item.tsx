import { useParams } from 'react-router';
import { ItemDetail } from '@/features/catalogue/components/item-detail';

export function ItemRoute() {
  const { slug = '' } = useParams();
  return <ItemDetail key={slug} slug={slug} />;
}
