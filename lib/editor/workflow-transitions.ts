import type { WorkflowStatus } from './coverage-state';

// The statuses each workflow step may start from, in one table: the step actions, "save and
// publish" and the editor's buttons all ask here, so no path allows what another refuses.
// Safe to import from the client.

export type WorkflowStep = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'reopen';

const allowedFrom: Record<WorkflowStep, readonly WorkflowStatus[]> = {
  // A published text can be submitted again: its unpublished changes wait for review.
  submit: ['DRAFT', 'IN_REVIEW', 'PUBLISHED'],
  // An archived text must be reopened first: archiving is a decision, not a state a save undoes.
  publish: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED'],
  schedule: ['DRAFT', 'IN_REVIEW', 'SCHEDULED'],
  unpublish: ['PUBLISHED', 'SCHEDULED'],
  archive: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED'],
  reopen: ['ARCHIVED'],
};

export function canTakeStep(step: WorkflowStep, from: WorkflowStatus): boolean {
  return allowedFrom[step].includes(from);
}
