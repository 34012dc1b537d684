import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NumberField, type NumberFieldProblem, type NumberReading, readNumberField } from './NumberField';

describe('readNumberField', () => {
  it('reads numbers as every field does: decimal comma, percent sign, full-width digits', () => {
    expect(readNumberField('99,95')).toEqual({ ok: true, value: 99.95 });
    expect(readNumberField('99.9 %')).toEqual({ ok: true, value: 99.9 });
    expect(readNumberField('９９．９')).toEqual({ ok: true, value: 99.9 });
    expect(readNumberField('12abc')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(readNumberField('  ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('holds the value to the range and the step', () => {
    const limits = { min: 1, max: 6, step: 1 };
    expect(readNumberField('0', limits)).toEqual({ ok: false, problem: 'below-min' });
    expect(readNumberField('7', limits)).toEqual({ ok: false, problem: 'above-max' });
    expect(readNumberField('2.5', limits)).toEqual({ ok: false, problem: 'off-step' });
    expect(readNumberField('6', limits)).toEqual({ ok: true, value: 6 });
    expect(readNumberField('0.3', { step: 0.1 })).toEqual({ ok: true, value: 0.3 });
  });
});

const problems: Record<NumberFieldProblem, string> = {
  empty: 'Enter a number',
  'not-a-number': 'Not a number',
  negative: 'Negative',
  'above-100': 'Above 100',
  'beyond-precision': 'Too precise',
  'not-below-100': 'Not below 100',
  zero: 'Zero',
  'zero-duration': 'Zero duration',
  'not-positive': 'Not positive',
  'not-a-duration': 'Not a duration',
  'below-min': 'At least 1',
  'above-max': 'At most 6',
  'off-step': 'Whole zones only',
};

function Zones({ onReading }: { onReading: (reading: NumberReading) => void }) {
  const [text, setText] = useState('3');
  return (
    <NumberField
      label="Zones"
      unit="zones"
      value={text}
      min={1}
      max={6}
      step={1}
      integer
      hint="One to six"
      describeProblem={(problem) => problems[problem]}
      data-field="zones"
      onChange={(next, reading) => {
        setText(next);
        onReading(reading);
      }}
    />
  );
}

describe('NumberField', () => {
  it('is named by its label and described by its unit and hint while the value is right', () => {
    render(<Zones onReading={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Zones' });
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.dataset.field).toBe('zones');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['zones', 'One to six']);
  });

  it('says what is wrong with the text, marks the input and hands the owner the reading', () => {
    const onReading = vi.fn();
    render(<Zones onReading={onReading} />);
    const input = screen.getByRole('textbox', { name: 'Zones' });
    fireEvent.change(input, { target: { value: '7' } });
    expect(onReading).toHaveBeenLastCalledWith({ ok: false, problem: 'above-max' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const note = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    expect([note.textContent, note.className]).toEqual(['At most 6', 'field-error']);
    fireEvent.change(input, { target: { value: '４' } });
    expect(onReading).toHaveBeenLastCalledWith({ ok: true, value: 4 });
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the owner’s error over its own reading, and can be wrong with the reason said elsewhere', () => {
    const { rerender } = render(<NumberField label="Share" value="40" error="The shares add up to 140 %" announceError onChange={() => undefined} />);
    const input = screen.getByRole('textbox', { name: 'Share' });
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('The shares add up to 140 %');
    rerender(<NumberField label="Share" value="40" invalid onChange={() => undefined} />);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });
});
