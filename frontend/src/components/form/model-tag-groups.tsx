import { ASPECTS, PARTNERSHIPS, SECTORS } from '@/lib/taxonomy';
import { CheckboxGroup } from './checkbox-group';
import type { ModelTags } from './model-tags';

interface ModelTagGroupsProps {
  /** Each group's legend, in the form's own words. */
  legends: Record<keyof ModelTags, string>;
  /** Said after the partnership and sector legends where a document needs one of each (aspects may stay empty). */
  note?: string;
}

/** The checkbox groups of `modelTagFields`: the partnerships, aspects and sectors to tick, in the model's order. */
export function ModelTagGroups({ legends, note }: ModelTagGroupsProps) {
  return (
    <>
      <CheckboxGroup name="partnerships" legend={legends.partnerships} note={note} facet="partnership" codes={PARTNERSHIPS} />
      <CheckboxGroup name="aspects" legend={legends.aspects} facet="aspect" codes={ASPECTS} />
      <CheckboxGroup name="sectors" legend={legends.sectors} note={note} facet="sector" codes={SECTORS} />
    </>
  );
}
