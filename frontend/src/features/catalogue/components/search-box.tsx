import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isFacet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useSuggestions, type Suggestion } from '../api/get-suggestions';
import { searchHref } from '../search-state';
import styles from './search-box.module.css';

const SUGGEST_DELAY_MS = 150;

interface SearchBoxProps {
  /** The text to start with: the current search on the results page. */
  defaultValue?: string;
  /** Searches the typed text (Enter without a chosen suggestion, or the button). */
  onSearch: (text: string) => void;
}

/**
 * The search field with autocomplete, following the ARIA 1.2 combobox pattern: focus stays in the field, the arrow
 * keys move through the suggestions (announced via aria-activedescendant), Enter takes the chosen one or searches the
 * text, Escape closes the list (or, when it is closed, clears the field).
 */
export function SearchBox({ defaultValue = '', onSearch }: SearchBoxProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Suggestions once the field is used: the results page opens with its search's text in the field, and asking for
  // suggestions nobody looks at would compete with the results for a phone's connection.
  const [used, setUsed] = useState(false);
  const debounced = useDebouncedValue(text, SUGGEST_DELAY_MS);
  const { data } = useSuggestions(used ? debounced : '');
  const suggestions = text.trim().length >= 2 ? (data ?? []) : [];
  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function label(suggestion: Suggestion): string {
    if (suggestion.kind === 'term' && isFacet(suggestion.facet) && suggestion.value) {
      return taxonomyLabel(t, suggestion.facet, suggestion.value);
    }
    return suggestion.text;
  }

  function kind(suggestion: Suggestion): string {
    if (suggestion.kind === 'term' && isFacet(suggestion.facet)) return t(`search.facets.${suggestion.facet}`);
    return t('search.suggestionItem');
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(suggestion: Suggestion) {
    close();
    if (suggestion.kind === 'item' && suggestion.slug) {
      void navigate(`/items/${encodeURIComponent(suggestion.slug)}`);
    } else if (isFacet(suggestion.facet) && suggestion.value) {
      void navigate(searchHref({ facets: { type: [], partnership: [], aspect: [], sector: [], region: [], [suggestion.facet]: [suggestion.value] } }));
    } else {
      setText(suggestion.text);
      onSearch(suggestion.text);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else {
          setActive((index) => (index + 1) % count);
        }
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(count - 1);
        } else {
          setActive((index) => (index <= 0 ? count - 1 : index - 1));
        }
        return;
      case 'Enter': {
        const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        return; // otherwise the form submits the text
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    close();
    onSearch(text.trim());
  }

  return (
    <form role="search" className={styles.form} onSubmit={onSubmit} aria-label={t('search.formLabel')}>
      <label htmlFor={inputId} className={styles.label}>
        {t('search.boxLabel')}
      </label>
      {/* Once a search has been made, phones leave the example out of sight (it still describes the field), so the
          first results fit on the first screen. */}
      <p id={hintId} className={defaultValue ? `${styles.hint} ${styles.hintAfterSearch}` : styles.hint}>
        {t('search.boxHint')}
      </p>
      <div className={styles.row}>
        <div className={styles.field}>
          <input
            id={inputId}
            className={styles.input}
            type="text"
            role="combobox"
            name="q"
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-describedby={hintId}
            {...(expanded && active >= 0 && { 'aria-activedescendant': optionId(active) })}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setUsed(true)}
            onBlur={close}
          />
          <div id={listboxId} role="listbox" aria-label={t('search.suggestions')} className={styles.listbox} hidden={!expanded}>
            {expanded &&
              suggestions.map((suggestion, index) => (
                // Options are chosen with the keyboard through the field (aria-activedescendant); the click is for pointers.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={`${suggestion.kind}-${suggestion.slug ?? suggestion.value ?? suggestion.text}`}
                  id={optionId(index)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === active}
                  className={styles.option}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                >
                  <span>{label(suggestion)}</span>
                  <span className={styles.kind}>
                    <span className="visually-hidden">, </span>
                    {kind(suggestion)}
                  </span>
                </div>
              ))}
          </div>
        </div>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {expanded ? t('search.suggestionCount', { count: suggestions.length }) : ''}
      </p>
    </form>
  );
}
