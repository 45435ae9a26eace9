import { describe, expect, it } from 'vitest';
import type { WorkflowStatus } from './coverage-state';
import { canTakeStep, type WorkflowStep } from './workflow-transitions';

const statuses: WorkflowStatus[] = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'];

const allowed = (step: WorkflowStep) => statuses.filter((status) => canTakeStep(step, status));

describe('canTakeStep', () => {
  it('publishes anything but an archived text', () => {
    expect(allowed('publish')).toEqual(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED']);
  });

  it('schedules only a text that is not live or archived', () => {
    expect(allowed('schedule')).toEqual(['DRAFT', 'IN_REVIEW', 'SCHEDULED']);
  });

  it('submits a draft, a text in review or a published text with changes, never a scheduled or archived one', () => {
    expect(allowed('submit')).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED']);
  });

  it('unpublishes only what is live or about to be', () => {
    expect(allowed('unpublish')).toEqual(['SCHEDULED', 'PUBLISHED']);
  });

  it('archives anything not archived and reopens only archived texts', () => {
    expect(allowed('archive')).toEqual(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED']);
    expect(allowed('reopen')).toEqual(['ARCHIVED']);
  });
});
