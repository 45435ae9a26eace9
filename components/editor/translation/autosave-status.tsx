'use client';

import type { Locale } from '@/lib/i18n/locales';
import type { TranslationMessages } from './translation-messages';
import { fillMessage } from './translation-messages';
import type { AutosaveReport } from './use-autosave';

type Props = { report: AutosaveReport | null; uiLocale: Locale; messages: TranslationMessages };

const texts = { saved: 'autosaved', failed: 'autosaveFailed', refused: 'autosaveRefused' } as const;

/** The line that says what the automatic save did; a polite live region, always in the page. */
export function AutosaveStatus({ report, uiLocale, messages }: Props) {
  let text = '';
  if (report?.kind === 'saving') text = messages.autosaving;
  else if (report) {
    const time = new Intl.DateTimeFormat(uiLocale, { hour: '2-digit', minute: '2-digit' }).format(report.at);
    text = fillMessage(messages[texts[report.kind]], { time });
  }
  return (
    <p role="status" className={report?.kind === 'failed' || report?.kind === 'refused' ? 'autosave-status autosave-problem' : 'autosave-status'}>
      {text}
    </p>
  );
}
