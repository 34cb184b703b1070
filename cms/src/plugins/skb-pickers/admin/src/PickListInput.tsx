import { PICK_LISTS, type PickListName, type PickOption, pickedValues } from '@skb/content-types/pick-lists';
import { Combobox, ComboboxOption, Field, Flex, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import * as React from 'react';

/** The props the content manager gives a custom field's input (InputRenderer in 5.54). */
export interface PickListInputProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  error?: string;
  onChange(name: string, value: unknown): void;
  labelAction?: React.ReactNode;
}

const optionText = (option: PickOption) => (option.group ? `${option.label}, ${option.group}` : option.label);

/**
 * A searchable multi-select over one pick list. Typing part of a name (or of a county's name) filters
 * the list; Enter or a click adds the choice; each choice is a tag whose button removes it. The field
 * stores the list of codes. A stored value the list does not know is shown as an error under the
 * field and kept out of the choices, so saving again (after the editor has chosen) repairs it.
 */
export function pickListInput(list: PickListName) {
  const { options, placeholder } = PICK_LISTS[list];
  const byValue = new Map(options.map((option) => [option.value, option]));

  return function PickListInput(props: PickListInputProps) {
    const { name, label, hint, required, disabled, value, error, onChange, labelAction } = props;
    const { values, problem } = pickedValues(list, value);
    const [text, setText] = React.useState('');
    // Choosing an option makes the combobox write that option's text into the box right after
    // onChange (ui-primitives' ComboboxItem); the box is for the next search, so that write is dropped.
    const justPicked = React.useRef(false);
    const chosen = new Set(values);
    const store = (next: string[]) => onChange(name, next);
    const add = (code: string | undefined) => {
      if (!code || chosen.has(code) || !byValue.has(code)) return;
      justPicked.current = true;
      store([...values, code]);
      setText('');
    };
    const typed = (next: string) => {
      if (justPicked.current) {
        justPicked.current = false;
        setText('');
      } else setText(next);
    };
    const remove = (code: string) => store(values.filter((v) => v !== code));

    return (
      <Field.Root name={name} error={error ?? problem} hint={hint} required={required}>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <Combobox
            aria-label={typeof label === 'string' ? label : undefined}
            autocomplete={{ type: 'list', filter: 'contains' }}
            disabled={disabled}
            placeholder={placeholder}
            noOptionsMessage={() => 'Inget träffar'}
            value=""
            textValue={text}
            onTextValueChange={typed}
            onChange={add}
          >
            {options
              .filter((option) => !chosen.has(option.value))
              .map((option) => (
                <ComboboxOption key={option.value} value={option.value} textValue={optionText(option)}>
                  {optionText(option)}
                </ComboboxOption>
              ))}
          </Combobox>
          {values.length > 0 ? (
            <Flex tag="ul" wrap="wrap" gap={2} aria-label={`Valda: ${typeof label === 'string' ? label : ''}`}>
              {values.map((code) => {
                const option = byValue.get(code) as PickOption;
                return (
                  <li key={code} data-code={code}>
                    <Tag
                      icon={<Cross />}
                      disabled={disabled}
                      onClick={() => remove(code)}
                      label={`Ta bort ${optionText(option)}`}
                    >
                      {option.label}
                    </Tag>
                  </li>
                );
              })}
            </Flex>
          ) : null}
          <Field.Hint />
          <Field.Error />
        </Flex>
      </Field.Root>
    );
  };
}
