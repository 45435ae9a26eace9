import type { ImportedDocument } from './import-document';

export type GroupMember = Pick<ImportedDocument, 'name' | 'locale' | 'title' | 'body'>;

export type ProposedGroup = {
  members: GroupMember[];
  /** Why the members were put together, e.g. "all mention 2024, 57, 300". Empty for a single document. */
  reasons: string[];
  /** What every member mentions (numbers, names), for a reason in another language. Empty for one document. */
  shared: { numbers: string[]; names: string[] };
};

// Numbers survive translation (57 countries, 57个国家, 57 стран), as do Latin-script names in most
// languages; four-digit years and counts are the strongest shared facts between two reports.
function factsOf(document: GroupMember): { numbers: Set<string>; names: Set<string> } {
  const text = `${document.title}\n${document.body}`;
  const numbers = new Set(text.match(/\d+(?:[.,]\d+)?/g)?.map((n) => n.replace(/[.,]/g, '')) ?? []);
  const names = new Set(text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []);
  return { numbers, names };
}

function shared<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((value) => b.has(value));
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  const both = shared(a, b).length;
  const either = new Set([...a, ...b]).size;
  return either === 0 ? 0 : both / either;
}

const SAME_EVENT = 0.4;

/**
 * Proposes which documents of a batch are translations of one announcement: documents whose
 * numbers (dates, counts) largely agree, at most one per language. The editor confirms or splits;
 * the reasons say what the members share.
 */
export function proposeGroups(documents: readonly GroupMember[]): ProposedGroup[] {
  const groups: { members: GroupMember[]; facts: ReturnType<typeof factsOf>[] }[] = [];
  for (const document of documents) {
    const facts = factsOf(document);
    let best: { group: (typeof groups)[number]; score: number } | null = null;
    for (const group of groups) {
      if (document.locale !== null && group.members.some((member) => member.locale === document.locale)) continue;
      const score = Math.min(...group.facts.map((other) => jaccard(facts.numbers, other.numbers)));
      if (score >= SAME_EVENT && (!best || score > best.score)) best = { group, score };
    }
    if (best) {
      best.group.members.push(document);
      best.group.facts.push(facts);
    } else {
      groups.push({ members: [document], facts: [facts] });
    }
  }
  return groups.map(({ members, facts }) => {
    if (members.length < 2) return { members, reasons: [], shared: { numbers: [], names: [] } };
    const [first, ...rest] = facts;
    const numbers = rest.reduce((common, next) => new Set(shared(common, next.numbers)), first?.numbers ?? new Set<string>());
    const names = rest.reduce((common, next) => new Set(shared(common, next.names)), first?.names ?? new Set<string>());
    const common = { numbers: [...numbers].slice(0, 8), names: [...names].slice(0, 5) };
    const reasons = [`all mention the numbers ${common.numbers.join(', ')}`];
    if (names.size > 0) reasons.push(`all name ${common.names.join(', ')}`);
    return { members, reasons, shared: common };
  });
}
