import { createContext, useContext, useEffect } from 'react';

export interface FormLayer {
  /** The id of the control for a field (`links.0.url`), unique on the page. */
  fieldId: (name: string) => string;
  /** A field tells the form its label, so the error summary names it as the form does. */
  setLabel: (name: string, label: string | undefined) => void;
}

export const FormLayerContext = createContext<FormLayer | null>(null);

export function useFormLayer(): FormLayer {
  const layer = useContext(FormLayerContext);
  if (!layer) throw new Error('A form field must be inside <Form>.');
  return layer;
}

/** The ids and the summary label of one field. */
export function useFieldIds(name: string, label: string) {
  const { fieldId, setLabel } = useFormLayer();
  useEffect(() => {
    setLabel(name, label);
    return () => setLabel(name, undefined);
  }, [name, label, setLabel]);
  const id = fieldId(name);
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}
