import type { Language, MessageKey, MessageParams } from './i18n/i18n';
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

/** The language a cell's question is shown in: English when the reader reads English and the model has it. */
export function questionLanguage(cell: { questionEn?: string | undefined }, language: Language): Language {
  return language === 'en' && cell.questionEn ? 'en' : 'nl';
}

/** A model cell's reflection question in the reader's language (the model has each question in Dutch and English). */
export function cellQuestion(cell: { question: string; questionEn?: string | undefined }, language: Language): string {
  return questionLanguage(cell, language) === 'en' ? (cell.questionEn ?? cell.question) : cell.question;
}
