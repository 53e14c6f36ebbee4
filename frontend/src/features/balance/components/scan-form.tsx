import { useEffect } from 'react';
import { z } from '@/lib/zod';
import { RadioGroup, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ITEM_REGIONS, PARTNERSHIPS, SECTORS } from '@/lib/taxonomy';
import { cellQuestion, taxonomyLabel } from '@/lib/taxonomy-labels';
import { LEVELS, cellKey, type Answer, type Question, type ScanRequest } from '../api/types';
import styles from './balance.module.css';

const NOTE_MAX = 1000;

const scanSchema = z.object({
  sector: z.string(),
  region: z.string(),
  cells: z.array(
    z.object({
      partnership: z.string(),
      aspect: z.string(),
      level: z.string(),
      note: z.string().max(NOTE_MAX, 'balance.form.noteTooLong'),
    }),
  ),
});

type ScanValues = z.input<typeof scanSchema>;

/** The answered questions as the API takes them; a question without a level is left out. */
function toRequest(values: ScanValues): ScanRequest {
  return {
    sector: values.sector || null,
    region: values.region || null,
    answers: values.cells
      .filter((cell) => cell.level !== '')
      .map((cell) => ({
        partnership: cell.partnership,
        aspect: cell.aspect,
        level: cell.level as Answer['level'],
        note: cell.note.trim() === '' ? null : cell.note.trim(),
      })),
  };
}

interface ScanFormProps {
  questions: Question[];
  initial: Answer[];
  /** Whether to ask for the sector and region the recommendations favour (a team has its own). */
  askContext?: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit: (request: ScanRequest) => void;
  /** Every change, e.g. to keep the answers in the browser. */
  onAnswersChange?: (answers: Answer[]) => void;
}

/**
 * The sector and region a scan's recommendations favour, either left open: for a personal scan (where "national"
 * may be chosen) and for a team.
 */
export function ContextFields({ regions }: { regions: readonly string[] }) {
  const { t } = useI18n();
  return (
    <>
      <TaxonomySelect name="sector" label={t('balance.form.sector')} facet="sector" codes={SECTORS} none={t('balance.form.anySector')} />
      <TaxonomySelect name="region" label={t('balance.form.region')} facet="region" codes={regions} none={t('balance.form.anyRegion')} />
    </>
  );
}

/** The 30 questions grouped per partnership, each with the four levels and "not applicable", and a note. */
export function ScanForm({ questions, initial, askContext = false, submitLabel, busy, onSubmit, onAnswersChange }: ScanFormProps) {
  const { t, language } = useI18n();
  const given = new Map(initial.map((answer) => [cellKey(answer.partnership, answer.aspect), answer]));
  const form = usePortalForm(scanSchema, {
    defaultValues: {
      sector: '',
      region: '',
      cells: questions.map((question) => {
        const answer = given.get(cellKey(question.partnership, question.aspect));
        return {
          partnership: question.partnership,
          aspect: question.aspect,
          level: answer?.level ?? '',
          note: answer?.note ?? '',
        };
      }),
    },
  });

  const { watch } = form;
  useEffect(() => {
    if (!onAnswersChange) return undefined;
    // The values as typed (a note may be too long yet): the browser keeps them, the schema judges them on submit.
    const subscription = watch((values) =>
      onAnswersChange(
        toRequest({
          sector: '',
          region: '',
          cells: (values.cells ?? []).map((cell) => ({
            partnership: cell?.partnership ?? '',
            aspect: cell?.aspect ?? '',
            level: cell?.level ?? '',
            note: cell?.note ?? '',
          })),
        }).answers,
      ),
    );
    return () => subscription.unsubscribe();
  }, [watch, onAnswersChange]);

  const levelOptions = LEVELS.map((level) => ({ value: level, label: t(`balance.levels.${level}`) }));
  return (
    <Form form={form} onSubmit={(values) => onSubmit(toRequest(values))} busy={busy} summaryTitle={t('balance.form.notSent')}>
      <p>{t('balance.form.intro')}</p>
      {askContext && (
        <div className={styles.context}>
          <ContextFields regions={ITEM_REGIONS} />
        </div>
      )}
      {PARTNERSHIPS.map((partnership) => (
        <fieldset key={partnership} className={styles.partnership}>
          <legend>
            <h2 className={styles.partnershipTitle}>{t(`taxonomy.partnerships.${partnership}.name`)}</h2>
          </legend>
          {questions.map((question, index) =>
            question.partnership !== partnership ? null : (
              <div key={cellKey(question.partnership, question.aspect)} className={styles.question}>
                <RadioGroup
                  name={`cells.${index}.level`}
                  legend={`${taxonomyLabel(t, 'aspect', question.aspect)}: ${cellQuestion(question, language)}`}
                  options={levelOptions}
                />
                <TextAreaField
                  name={`cells.${index}.note`}
                  label={t('balance.form.note', { aspect: taxonomyLabel(t, 'aspect', question.aspect) })}
                  note={t('balance.form.optional')}
                  rows={2}
                />
              </div>
            ),
          )}
        </fieldset>
      ))}
      <FormActions>
        <SubmitButton label={submitLabel} busy={busy} />
      </FormActions>
    </Form>
  );
}
