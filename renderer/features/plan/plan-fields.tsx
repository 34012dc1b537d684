import { type ReactNode, useId } from 'react';

/**
 * The frame every plan field shares: its label above the control, and its hint (or, when `invalid`,
 * its error) below it. The control names the hint with `aria-describedby={hintIdOf(id)}`.
 */
function PlanField({ id, label, hint, invalid, children }: { id: string; label: string; hint?: string; invalid?: boolean; children: ReactNode }) {
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintIdOf(id)} className={invalid ? 'field-error' : 'field-hint'}>
          {hint}
        </p>
      )}
    </div>
  );
}

function hintIdOf(id: string): string {
  return `${id}-hint`;
}

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
  const shared = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-invalid': invalid,
    'aria-describedby': hint ? hintIdOf(id) : undefined,
    ...(code && { spellCheck: false, autoComplete: 'off' }),
  };
  const codeClass = code ? ' mono' : '';
  return (
    <PlanField id={id} label={label} hint={hint} invalid={invalid}>
      {multiline ? (
        <textarea {...shared} className={`text-input plan-textarea${codeClass}`} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} className={`text-input${codeClass}`} onChange={(event) => onChange(event.target.value)} />
      )}
    </PlanField>
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
  return (
    <PlanField id={id} label={label} hint={hint}>
      <select
        id={id}
        className="select-input"
        value={value}
        aria-describedby={hint ? hintIdOf(id) : undefined}
        // The DOM gives the value back as text; the option it names keeps its own type.
        onChange={(event) => onChange(options.find((option) => String(option.value) === event.target.value)?.value ?? value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </PlanField>
  );
}

/** The most minutes a plan stores in one field: a year. */
const MAX_MINUTES = 525_600;

/** Minutes, as the plan stores them (whole, from none to a year); the hint says what the number means. */
export function PlanMinutesField({ label, hint, value, onChange }: { label: string; hint: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <PlanField id={id} label={label} hint={hint}>
      <input
        id={id}
        className="text-input plan-number"
        type="number"
        min={0}
        max={MAX_MINUTES}
        step={1}
        value={value}
        aria-describedby={hintIdOf(id)}
        onChange={(event) => {
          const minutes = Math.round(Number(event.target.value));
          if (Number.isFinite(minutes)) onChange(Math.min(MAX_MINUTES, Math.max(0, minutes)));
        }}
      />
    </PlanField>
  );
}

/** Replaces one item of a list, leaving the others as they are. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, position) => (position === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}
