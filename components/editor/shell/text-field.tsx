'use client';

import { useId, type InputHTMLAttributes } from 'react';
import type { FieldErrorCode } from '@/lib/auth/action-result';
import { FieldError } from './field-error';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrorCode[];
};

/** A labelled input with its hint and its errors, both read out with it. */
export function TextField({ name, label, hint, errors, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      <FieldError id={errorId} codes={errors} />
    </div>
  );
}
