/** The editable text of a translation: what the form holds and what a save writes as a revision. */
export type TranslationText = { title: string; summary: string; slug: string; body: string };

export const emptyText: TranslationText = { title: '', summary: '', slug: '', body: '' };

/** Just the text fields of anything that carries them (a conflict answer, a backup). */
export function textOf(source: TranslationText): TranslationText {
  return { title: source.title, summary: source.summary, slug: source.slug, body: source.body };
}

export function isSameText(a: TranslationText, b: TranslationText): boolean {
  return a.title === b.title && a.summary === b.summary && a.slug === b.slug && a.body === b.body;
}

/** The text fields of a submitted form (absent fields read as empty). */
export function textOfForm(form: FormData): TranslationText {
  const field = (name: keyof TranslationText) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { title: field('title'), summary: field('summary'), slug: field('slug'), body: field('body') };
}

/**
 * The text as a save stored it: the server trims the title and summary and normalises the slug
 * (or makes one from the title), so the stored text can differ from the one sent.
 */
export function storedText(sent: TranslationText, storedSlug: string): TranslationText {
  return { title: sent.title.trim(), summary: sent.summary.trim(), slug: storedSlug, body: sent.body };
}

/**
 * The form after a save answered: fields left as they were sent show the stored value, fields the
 * user changed while the save was on its way keep the user's text.
 */
export function adoptStoredText(current: TranslationText, sent: TranslationText, stored: TranslationText): TranslationText {
  const pick = (field: keyof TranslationText) => (current[field] === sent[field] ? stored[field] : current[field]);
  return { title: pick('title'), summary: pick('summary'), slug: pick('slug'), body: pick('body') };
}
