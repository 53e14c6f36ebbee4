import { z } from '@/lib/zod';
import { modelTagFields, modelTags } from '@/components/form/model-tags';
import type { EditableItem, ItemInput } from '../api/types';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The item form: text as typed, so an empty field stays empty until it is sent; its output is the request body but
 * for `published` and `demo`, which are not form fields but travel with every save. The server checks the rules.
 */
export const itemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    ...modelTagFields,
    region: z.string(),
    organisation: z.string(),
    author: z.string(),
    licence: z.string(),
    language: z.string(),
    publishedAt: z.string(),
    externalId: z.string(),
    links: z.array(z.object({ title: z.string(), url: z.string() })),
  })
  .transform(
    (values): Omit<ItemInput, 'published' | 'demo'> => ({
      externalId: orNull(values.externalId),
      type: values.type,
      title: values.title,
      summary: values.summary,
      body: values.body === '' ? null : values.body,
      ...modelTags(values),
      region: values.region,
      organisation: orNull(values.organisation),
      author: orNull(values.author),
      links: values.links.filter((link) => link.title.trim() !== '' || link.url.trim() !== ''),
      licence: orNull(values.licence),
      language: values.language,
      publishedAt: orNull(values.publishedAt),
    }),
  );

export type ItemFormValues = z.input<typeof itemSchema>;
export type ItemContent = z.output<typeof itemSchema>;

export function emptyItemValues(): ItemFormValues {
  return {
    type: 'PRACTICE_EXAMPLE',
    title: '',
    summary: '',
    body: '',
    ...modelTags(),
    region: 'NATIONAL',
    organisation: '',
    author: '',
    licence: '',
    language: 'nl',
    publishedAt: '',
    externalId: '',
    links: [],
  };
}

export function itemValues(item: EditableItem): ItemFormValues {
  return {
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body ?? '',
    ...modelTags(item),
    region: item.region ?? '',
    organisation: item.organisation ?? '',
    author: item.author ?? '',
    licence: item.licence ?? '',
    language: item.language ?? 'nl',
    publishedAt: item.publishedAt ?? '',
    externalId: item.externalId ?? '',
    links: item.links ?? [],
  };
}
