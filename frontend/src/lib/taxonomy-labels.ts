import type { MessageKey, MessageParams } from './i18n/i18n';
import {
  isAspect,
  isContentType,
  isPartnership,
  isRegion,
  isSector,
  NATIONAL,
  type Facet,
} from './taxonomy';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The label of a taxonomy code in the current language. A code the app does not know yet (added to the backend's
 * taxonomy later) shows as itself rather than breaking the page.
 */
export function taxonomyLabel(t: Translate, facet: Facet, code: string): string {
  switch (facet) {
    case 'type':
      return isContentType(code) ? t(`taxonomy.types.${code}`) : code;
    case 'partnership':
      return isPartnership(code) ? t(`taxonomy.partnerships.${code}.name`) : code;
    case 'aspect':
      return isAspect(code) ? t(`taxonomy.aspects.${code}`) : code;
    case 'sector':
      return isSector(code) ? t(`taxonomy.sectors.${code}`) : code;
    case 'region':
      if (code === NATIONAL) return t('taxonomy.national');
      return isRegion(code) ? t(`taxonomy.regions.${code}`) : code;
  }
}
