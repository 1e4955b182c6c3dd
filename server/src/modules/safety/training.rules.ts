import { parseDecimal } from '../../core/decimal';
import { BadInputError } from '../../core/errors';
import { chinaToday } from '../../core/time';
import { parseId, requireDateInBounds, requireText, uniqueValues } from '../../core/validate';
import { TrainingTopicKind } from './safety.entity';

export const MAX_TRAINING_HOURS = '24.00';
export const MAX_ATTENDEES = 500;

export function checkTopic(topic: string | null | undefined): string {
  return requireText('topic', topic, { max: 100 });
}

export function checkTrainer(trainer: string | null | undefined): string {
  return requireText('trainer', trainer, { max: 50 });
}

/** Hours of one training: > 0, two decimals at most, one day at most. */
export function checkHours(hours: string | null | undefined): string {
  const value = parseDecimal('hours', hours, { precision: 5, scale: 2 });
  const [whole = '0', fraction = '00'] = value.split('.');
  if (Number(whole) * 100 + Number(fraction) > 2400) {
    throw new BadInputError('hours', `hours must be at most ${MAX_TRAINING_HOURS} for one training`);
  }
  return value;
}

export function checkCovers(covers: readonly TrainingTopicKind[] | null | undefined): TrainingTopicKind[] {
  const kinds = uniqueValues('covers', covers ?? []);
  if (kinds.length === 0) throw new BadInputError('covers', 'name what the training covered, e.g. SAFETY');
  for (const kind of kinds) {
    if (!Object.values(TrainingTopicKind).includes(kind)) {
      throw new BadInputError('covers', `${String(kind)} is not a training topic kind`);
    }
  }
  return kinds;
}

export function checkHeldOn(heldOn: string | null | undefined, now: Date = new Date()): string {
  const date = heldOn ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new BadInputError('heldOn', 'heldOn is required, e.g. 2019-03-20');
  if (date > chinaToday(now)) {
    throw new BadInputError('heldOn', 'heldOn cannot be in the future: record a training once it is held');
  }
  // After the future check: that one says more about a date past today.
  requireDateInBounds('heldOn', date);
  return date;
}

export function checkAttendeeIds(
  field: string,
  ids: readonly string[] | null | undefined,
  required: boolean,
) {
  const parsed = uniqueValues(
    field,
    (ids ?? []).map((id) => parseId(field, id)),
  );
  if (required && parsed.length === 0) throw new BadInputError(field, 'name at least one attendee');
  if (parsed.length > MAX_ATTENDEES) {
    throw new BadInputError(field, `at most ${MAX_ATTENDEES} attendees at a time`);
  }
  return parsed;
}

/**
 * The safety training date a volunteer has after attending a SAFETY training on `heldOn`: the
 * later of the two, so recording an older training never undoes a newer one.
 */
export function safetyTrainedOnAfter(current: string | null, heldOn: string): string {
  return current !== null && current >= heldOn ? current : heldOn;
}
