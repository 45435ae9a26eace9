'use client';

import { useId } from 'react';
import type { FieldErrors } from '@/lib/editor/errors';
import { describedBy, FieldError, type ErrorTexts } from './form-feedback';

// The language-independent fields shared by the "new announcement" and the settings forms:
// source language, event, date of the event and topics. Controlled: the values live in the form.

export type MetadataValues = { sourceLocale: string; eventId: string; eventDate: string; topicIds: string[] };

export type Choice = { value: string; label: string; lang?: string };

export type MetadataFieldLabels = Record<
  'fieldSourceLocale' | 'sourceLocaleHint' | 'fieldEvent' | 'noEvent' | 'fieldEventDate' | 'fieldTopics' | 'noTopics',
  string
>;

type Props = {
  values: MetadataValues;
  onChange: (values: MetadataValues) => void;
  sourceLocales: Choice[];
  events: Choice[];
  topics: Choice[];
  errors: FieldErrors;
  labels: MetadataFieldLabels;
  errorTexts: ErrorTexts;
};

export function MetadataFields({ values, onChange, sourceLocales, events, topics, errors, labels, errorTexts }: Props) {
  const id = useId();
  const ids = (name: string) => ({ field: `${id}-${name}`, error: `${id}-${name}-error`, hint: `${id}-${name}-hint` });
  const source = ids('sourceLocale');
  const event = ids('eventId');
  const date = ids('eventDate');
  const topic = ids('topicIds');
  const set = (patch: Partial<MetadataValues>) => onChange({ ...values, ...patch });
  const toggleTopic = (topicId: string, checked: boolean) =>
    set({ topicIds: checked ? [...values.topicIds, topicId] : values.topicIds.filter((other) => other !== topicId) });

  return (
    <>
      <div className="field">
        <label htmlFor={source.field}>{labels.fieldSourceLocale}</label>
        <select
          id={source.field}
          name="sourceLocale"
          value={values.sourceLocale}
          onChange={(e) => set({ sourceLocale: e.target.value })}
          aria-describedby={describedBy(source.hint, errors.sourceLocale && source.error)}
          aria-invalid={errors.sourceLocale ? true : undefined}
        >
          {sourceLocales.map((choice) => (
            <option key={choice.value} value={choice.value} lang={choice.lang}>
              {choice.label}
            </option>
          ))}
        </select>
        <p id={source.hint} className="field-hint">
          {labels.sourceLocaleHint}
        </p>
        <FieldError id={source.error} codes={errors.sourceLocale} texts={errorTexts} />
      </div>

      <div className="field">
        <label htmlFor={event.field}>{labels.fieldEvent}</label>
        <select
          id={event.field}
          name="eventId"
          value={values.eventId}
          onChange={(e) => set({ eventId: e.target.value })}
          aria-describedby={describedBy(errors.eventId && event.error)}
          aria-invalid={errors.eventId ? true : undefined}
        >
          <option value="">{labels.noEvent}</option>
          {events.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <FieldError id={event.error} codes={errors.eventId} texts={errorTexts} />
      </div>

      <div className="field">
        <label htmlFor={date.field}>{labels.fieldEventDate}</label>
        <input
          id={date.field}
          name="eventDate"
          type="date"
          value={values.eventDate}
          onChange={(e) => set({ eventDate: e.target.value })}
          aria-describedby={describedBy(errors.eventDate && date.error)}
          aria-invalid={errors.eventDate ? true : undefined}
        />
        <FieldError id={date.error} codes={errors.eventDate} texts={errorTexts} />
      </div>

      <fieldset className="field topic-choices" aria-describedby={describedBy(errors.topicIds && topic.error)}>
        <legend>{labels.fieldTopics}</legend>
        {topics.length === 0 ? <p className="field-hint">{labels.noTopics}</p> : null}
        {topics.map((choice) => (
          <label key={choice.value} className="check">
            <input
              type="checkbox"
              name="topicIds"
              value={choice.value}
              checked={values.topicIds.includes(choice.value)}
              onChange={(e) => toggleTopic(choice.value, e.target.checked)}
            />
            {choice.label}
          </label>
        ))}
        <FieldError id={topic.error} codes={errors.topicIds} texts={errorTexts} />
      </fieldset>
    </>
  );
}
