import type messages from '@/messages/en.json';

/**
 * The page's UI strings, handed from the server page to its client components (which cannot read
 * messages themselves: the locale layout gives them none). Placeholders are filled with fillMessage.
 */
export type TranslationMessages = (typeof messages)['EditorTranslation'];
export type ErrorMessages = (typeof messages)['EditorErrors'];

/** Fills {name} placeholders; these messages use no plural or select forms, so nothing else is needed. */
export function fillMessage(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
