import type { DocumentPreview, ImportPreview, PreviewGroup } from '@/lib/import/preview';

// Which documents become one announcement: the preview proposes, the editor splits a text off or
// moves it into another announcement. Pure, for tests.

/** Per document key, the announcement it goes into: `proposed-<n>` or `own-<key>` (split off). */
export type Assignment = Record<string, string>;

export type ArrangedGroup = {
  id: string;
  documents: DocumentPreview[];
  /** The proposal's reasons, while the group is still (part of) what was proposed. */
  proposal: PreviewGroup | undefined;
};

const proposedId = (index: number) => `proposed-${index}`;
export const separateId = (key: string) => `own-${key}`;

export function initialAssignment(preview: ImportPreview): Assignment {
  return Object.fromEntries(preview.groups.flatMap((group, index) => group.keys.map((key) => [key, proposedId(index)])));
}

/**
 * The announcements in order: the proposed ones, then those split off. A group keeps its proposed
 * members first (the first is the source text); texts moved in follow. Empty groups disappear.
 */
export function arrangeGroups(preview: ImportPreview, assignment: Assignment): ArrangedGroup[] {
  const byKey = new Map(preview.documents.map((document) => [document.key, document]));
  const groups = new Map<string, ArrangedGroup>();
  const add = (id: string, key: string, proposal: PreviewGroup | undefined) => {
    const document = byKey.get(key);
    if (!document) return;
    const group = groups.get(id) ?? { id, documents: [], proposal };
    group.documents.push(document);
    groups.set(id, group);
  };
  preview.groups.forEach((group, index) => {
    const id = proposedId(index);
    for (const key of group.keys) if ((assignment[key] ?? id) === id) add(id, key, group);
  });
  const moved = preview.groups.flatMap((group, index) => group.keys.filter((key) => (assignment[key] ?? proposedId(index)) !== proposedId(index)));
  for (const key of moved) {
    const id = assignment[key] ?? separateId(key);
    const existing = groups.get(id);
    if (existing) existing.proposal = undefined;
    add(id, key, undefined);
  }
  const order = new Set([...preview.groups.map((_, index) => proposedId(index)), ...moved.map((key) => assignment[key] ?? separateId(key))]);
  return [...order].flatMap((id) => groups.get(id) ?? []);
}
