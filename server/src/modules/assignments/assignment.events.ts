import { toJson, topic, type EntityJson } from '../../core/pubsub';
import type { Assignment } from './assignment.entity';

/** An assignment after a step of the consent flow; its status says which step. */
export interface AssignmentEvent {
  assignment: EntityJson;
}

/** Proposed, confirmed, accepted, declined or cancelled. */
export const ASSIGNMENT_CHANGED = topic<AssignmentEvent>('ASSIGNMENT_CHANGED');

export function assignmentEvent(assignment: Assignment): AssignmentEvent {
  return { assignment: toJson(assignment) };
}
