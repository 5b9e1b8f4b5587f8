import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicIcon } from './public-ui';

export interface SearchOption {
  value: string;
  label: string;
}

export interface SearchSelectProps {
  /** the field's visible label and accessible name */
  label: string;
  placeholder?: string;
  value: string | undefined;
  /** the options matching what was typed, as the server found them */
  options: readonly SearchOption[];
  loading?: boolean;
  onSearch: (text: string) => void;
  onChange: (value: string | undefined, option?: SearchOption) => void;
  'data-testid'?: string;
}

/**
 * A searchable select for the public pages (antd's `Select showSearch` without antd): a text box
 * with a list of suggestions, after WAI-ARIA's combobox pattern (editable, list autocomplete).
 * Typing asks the server (`onSearch`); arrows move through the list, Enter chooses, Escape closes,
 * the clear button empties the choice.
 */
export function SearchSelect({
  label,
  placeholder,
  value,
  options,
  loading = false,
  onSearch,
  onChange,
  ...rest
}: SearchSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  /** what the visitor is typing; null shows the chosen option */
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  /** the chosen option, kept when a later search no longer lists it */
  const [chosen, setChosen] = useState<SearchOption | undefined>();
  const current =
    options.find((option) => option.value === value) ?? (chosen?.value === value ? chosen : undefined);
  const shown = text ?? (value ? (current?.label ?? value) : '');

  const close = () => {
    setOpen(false);
    setActive(-1);
    setText(null);
  };
  const choose = (option: SearchOption) => {
    setChosen(option);
    onChange(option.value, option);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="search-select" data-testid={rest['data-testid']}>
      <div className="search-select__box">
        <input
          id={id}
          type="text"
          role="combobox"
          className="public-input"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-busy={loading}
          autoComplete="off"
          placeholder={placeholder}
          value={shown}
          onChange={(event) => {
            setText(event.target.value);
            setActive(-1);
            setOpen(true);
            onSearch(event.target.value);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {value ? (
          <button
            type="button"
            className="search-select__clear"
            aria-label={`${t('public.clear')} ${label}`}
            onClick={() => {
              setChosen(undefined);
              onSearch('');
              onChange(undefined);
              close();
            }}
          >
            <PublicIcon name="clear" />
          </button>
        ) : null}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="search-select__list" hidden={!open}>
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={option.value === value}
            className={`search-select__option${index === active ? ' search-select__option--active' : ''}`}
            // keep the focus in the text box: a click chooses, the blur would close first
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
          </li>
        ))}
        {options.length === 0 ? (
          <li className="search-select__none" role="presentation">
            {loading ? t('common.loading') : t('public.noMatch')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
