// The model's partnerships and aspects as a Dutch reader sees them, in the order every view of the model shows them.

export const DUTCH_PARTNERSHIPS = [
  'Informeel partnerschap',
  'Formeel partnerschap',
  'Didactisch partnerschap',
  'Pedagogisch partnerschap',
  'Maatschappelijk partnerschap',
];

export const DUTCH_ASPECTS = ['Communicatie', 'Cultuur', 'Organisatie', 'Materialen', 'Gebouw', 'ICT'];
