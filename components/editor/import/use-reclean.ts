'use client';

import { useState, type Dispatch, type SetStateAction } from 'react';
import { recleanImportTextAction } from '@/lib/editor/actions';
import type { DocumentText } from '@/lib/import/preview';
import type { EditedTexts } from './import-review-state';

/** What happened when the editor chose another language: cleaned again (and whether converted). */
export type RecleanStatus = 'converted' | 'rerun';

const sameText = (a: DocumentText | undefined, b: DocumentText) =>
  a !== undefined && a.locale === b.locale && a.title === b.title && a.summary === b.summary && a.body === b.body;

/**
 * Runs the chosen language's cleaning again when the editor changes a document's language; the
 * result replaces the text only if nothing was typed meanwhile. A failure leaves the text and the
 * note that the cleaning was not run again.
 */
export function useReclean(setTexts: Dispatch<SetStateAction<EditedTexts>>) {
  const [statuses, setStatuses] = useState<Record<string, RecleanStatus | undefined>>({});
  const reclean = async (key: string, text: DocumentText) => {
    setStatuses((current) => ({ ...current, [key]: undefined }));
    if (text.locale === null) return;
    try {
      const result = await recleanImportTextAction({ locale: text.locale, title: text.title, summary: text.summary, body: text.body });
      if (!result.ok || !result.recleaned.rerun) return;
      const { title, summary, body, convertedFromTraditional } = result.recleaned;
      setTexts((current) => (sameText(current[key], text) ? { ...current, [key]: { ...text, title, summary, body } } : current));
      setStatuses((current) => ({ ...current, [key]: convertedFromTraditional ? 'converted' : 'rerun' }));
    } catch {
      // Offline or a server error: the note says the cleaning was not run again.
    }
  };
  return { statuses, reclean };
}
