import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type messages from '@/messages/en.json';

export type MessageNamespace = keyof typeof messages;

/**
 * Gives the client components below it the messages of the namespaces they use, and no others: the
 * locale layout provides none (public pages need none), and all of them would weigh on every page.
 */
export async function EditorMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly MessageNamespace[];
  children: ReactNode;
}) {
  const all = await getMessages({ locale });
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
