/**
 * What a dashboard cell says about one announcement in one locale. The rule that picks the state is
 * SQL (coverage-sql.ts), so the dashboard can filter and count by it without loading every row.
 */
export const coverageStates = ['missing', 'draft', 'in_review', 'scheduled', 'published', 'outdated', 'archived'] as const;
export type CoverageState = (typeof coverageStates)[number];

export type WorkflowStatus = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';

export function isCoverageState(value: string): value is CoverageState {
  return (coverageStates as readonly string[]).includes(value);
}
