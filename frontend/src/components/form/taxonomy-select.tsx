import type { ComponentProps } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { SelectField } from './field';

type TaxonomySelectProps = Omit<ComponentProps<typeof SelectField>, 'options'> & {
  facet: Facet;
  codes: readonly string[];
  /** The label of the empty choice ("any region"); without it, one of the codes must be chosen. */
  none?: string;
};

/** One taxonomy code to choose (a kind, sector or region), labelled in the reader's language like CheckboxGroup's. */
export function TaxonomySelect({ facet, codes, none, ...select }: TaxonomySelectProps) {
  const { t } = useI18n();
  const options = codes.map((code) => ({ value: code, label: taxonomyLabel(t, facet, code) }));
  return <SelectField {...select} options={none === undefined ? options : [{ value: '', label: none }, ...options]} />;
}
