import { type ReactNode, useId } from 'react';
import { type InputProblem, type Parsed, parseDecimal } from '../../shared/sla/parse-sla-input';

export type NumberFieldProblem = InputProblem | 'below-min' | 'above-max' | 'off-step';
export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberFieldProblem };

/**
 * A number field's text read the one way every number in the app is read ({@link parseDecimal}: a
 * decimal comma, a percent sign, full-width digits), then held to the field's range and step.
 */
export function readNumberField(text: string, limits: { min?: number; max?: number; step?: number } = {}): NumberReading {
  const parsed: Parsed<number> = parseDecimal(text);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  if (limits.min !== undefined && value < limits.min) return { ok: false, problem: 'below-min' };
  if (limits.max !== undefined && value > limits.max) return { ok: false, problem: 'above-max' };
  if (limits.step !== undefined) {
    const steps = (value - (limits.min ?? 0)) / limits.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return { ok: false, problem: 'off-step' };
  }
  return { ok: true, value };
}

type NumberFieldProps = {
  label: ReactNode;
  /** The text as typed: a half-typed "99," stays as it is while the user types. */
  value: string;
  onChange: (text: string, reading: NumberReading) => void;
  /** Shown after the input, and read with it by a screen reader: "GiB", "%". */
  unit?: ReactNode;
  min?: number;
  max?: number;
  step?: number;
  /** Whole numbers only: a phone or tablet offers digits without a decimal separator. */
  integer?: boolean;
  hint?: ReactNode;
  /** The owner's word on the value (a rule across fields, say); it wins over the field's own reading. */
  error?: ReactNode;
  /** Says what is wrong with the text by itself; without it the field leaves checking to its owner. */
  describeProblem?: (problem: NumberFieldProblem) => ReactNode;
  /** Wrong, with the reason said elsewhere (a summary under a group of fields). */
  invalid?: boolean;
  /** A wrong value is announced as soon as it is typed. */
  announceError?: boolean;
  className?: string;
  inputClassName?: string;
} & {
  /** Data attributes go on the input, where tests and go-to links look for it. */
  [data: `data-${string}`]: string;
};

/**
 * A labelled field for a number: the label names the input, the hint or the error is tied to it
 * (aria-describedby) and a wrong value marks it (aria-invalid).
 */
export function NumberField({
  label,
  value,
  onChange,
  unit,
  min,
  max,
  step,
  integer = false,
  hint,
  error,
  describeProblem,
  invalid = false,
  announceError = false,
  className,
  inputClassName,
  ...inputData
}: NumberFieldProps) {
  const id = useId();
  const limits = { min, max, step };
  const reading = readNumberField(value, limits);
  const message = error ?? (describeProblem && !reading.ok ? describeProblem(reading.problem) : undefined);
  const wrong = message !== undefined || invalid;
  const note = message ?? hint;
  const noteId = note === undefined ? undefined : `${id}-note`;
  const unitId = unit === undefined ? undefined : `${id}-unit`;
  const describedBy = [unitId, noteId].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={id}
      className={inputClassName ? `text-input ${inputClassName}` : 'text-input'}
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={value}
      aria-invalid={wrong}
      aria-describedby={describedBy}
      {...inputData}
      onChange={(event) => onChange(event.target.value, readNumberField(event.target.value, limits))}
    />
  );
  return (
    <div className={className}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {unit === undefined ? (
        input
      ) : (
        <span className="number-field-control">
          {input}
          <span id={unitId} className="number-field-unit">
            {unit}
          </span>
        </span>
      )}
      {note !== undefined && (
        <p id={noteId} className={message === undefined ? 'field-hint' : 'field-error'} role={message !== undefined && announceError ? 'alert' : undefined}>
          {note}
        </p>
      )}
    </div>
  );
}
