import { useId } from 'react';

/**
 * A labelled text field of the plan; every edit goes straight to the store (and from there to autosave).
 * `invalid` shows the hint as the field's error; `code` is for values such as versions and CIDRs, typed
 * in a monospace font without spell checking or autocompletion.
 */
export function PlanTextField({
  label,
  hint,
  value,
  onChange,
  multiline = false,
  maxLength,
  invalid,
  placeholder,
  code = false,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  maxLength: number;
  invalid?: boolean;
  placeholder?: string;
  code?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const shared = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-invalid': invalid,
    'aria-describedby': hint ? hintId : undefined,
    ...(code && { spellCheck: false, autoComplete: 'off' }),
  };
  const codeClass = code ? ' mono' : '';
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} className={`text-input plan-textarea${codeClass}`} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} className={`text-input${codeClass}`} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={hintId} className={invalid ? 'field-error' : 'field-hint'}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled select; `options` are value and label pairs, and a value may be a string or a number. */
export function PlanSelect<Value extends string | number>({
  label,
  hint,
  value,
  options,
  onChange,
}: {
  label: string;
  hint?: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select-input"
        value={value}
        aria-describedby={hint ? hintId : undefined}
        // The DOM gives the value back as text; the option it names keeps its own type.
        onChange={(event) => onChange(options.find((option) => String(option.value) === event.target.value)?.value ?? value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The most minutes a plan stores in one field: a year. */
const MAX_MINUTES = 525_600;

/** Minutes, as the plan stores them (whole, from none to a year); the hint says what the number means. */
export function PlanMinutesField({ label, hint, value, onChange }: { label: string; hint: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="text-input plan-number"
        type="number"
        min={0}
        max={MAX_MINUTES}
        step={1}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => {
          const minutes = Math.round(Number(event.target.value));
          if (Number.isFinite(minutes)) onChange(Math.min(MAX_MINUTES, Math.max(0, minutes)));
        }}
      />
      <p id={hintId} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

/** Replaces one item of a list, leaving the others as they are. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, position) => (position === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}
