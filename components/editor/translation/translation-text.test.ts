import { describe, expect, it } from 'vitest';
import { adoptStoredText, isSameText, storedText, textOfForm } from './translation-text';

const sent = { title: '  Titre  ', summary: ' Résumé ', slug: '', body: ' Texte\n' };

describe('storedText', () => {
  it('trims the title and summary, takes the stored slug and keeps the body as typed', () => {
    expect(storedText(sent, 'titre')).toEqual({ title: 'Titre', summary: 'Résumé', slug: 'titre', body: ' Texte\n' });
  });
});

describe('adoptStoredText', () => {
  const stored = storedText(sent, 'titre');

  it('shows what was stored when nothing changed during the save', () => {
    expect(adoptStoredText(sent, sent, stored)).toEqual(stored);
  });

  it('keeps what the user typed while the save was on its way', () => {
    const current = { ...sent, body: ' Texte\nEt plus.' };
    expect(adoptStoredText(current, sent, stored)).toEqual({ ...stored, body: ' Texte\nEt plus.' });
  });

  it('leaves the form with no unsaved changes after a plain save', () => {
    expect(isSameText(adoptStoredText(sent, sent, stored), stored)).toBe(true);
  });
});

describe('textOfForm', () => {
  it('reads the text fields of a submitted form, absent ones as empty', () => {
    const form = new FormData();
    form.set('title', 'T');
    form.set('body', 'B');
    form.set('baseVersion', '3');
    expect(textOfForm(form)).toEqual({ title: 'T', summary: '', slug: '', body: 'B' });
  });
});
