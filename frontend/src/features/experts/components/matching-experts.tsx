import { useI18n } from '@/lib/i18n/i18n-provider';
import { useMatchingExperts, type Tags } from '../api/get-experts';
import { ExpertCards } from './expert-card';

/** Experts whose expertise shares a tag with a catalogue item; nothing when there are none. */
export function MatchingExperts({ tags }: { tags: Tags }) {
  const { t } = useI18n();
  const { data } = useMatchingExperts(tags);
  if (!data || data.experts.length === 0) return null;
  return (
    <section aria-labelledby="matching-experts-title">
      <h2 id="matching-experts-title">{t('experts.matchingTitle')}</h2>
      <ExpertCards experts={data.experts} />
    </section>
  );
}
