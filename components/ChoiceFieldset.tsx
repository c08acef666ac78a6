import type { MessageKey, Translate } from '../lib/ui/translate';

export interface ChoiceFieldsetProps<V extends string> {
  legend: MessageKey;
  /** The radio group's name. */
  name: string;
  /** Each choice's value and the message that labels it, in the order shown. */
  choices: readonly (readonly [V, MessageKey])[];
  value: V;
  onSelect: (value: V) => void;
  t: Translate;
}

/** A setting's fieldset: one radio button a choice, the current value checked. */
export function ChoiceFieldset<V extends string>({
  legend,
  name,
  choices,
  value,
  onSelect,
  t,
}: ChoiceFieldsetProps<V>) {
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice} class="qc-choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onSelect(choice)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
