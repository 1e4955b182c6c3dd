import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { actorOf, type Context } from '../../core/context';
import { BadInputError } from '../../core/errors';
import { RequestLoaders } from '../../core/loaders';
import { reviveEntity, type Topic } from '../../core/pubsub';
import { optionalSearch, parseId } from '../../core/validate';
import { Assignment } from '../assignments/assignment.entity';
import { visibleAssignments } from '../assignments/assignment.access';
import { ASSIGNMENT_CHANGED, type AssignmentEvent } from '../assignments/assignment.events';
import { ServiceNeed } from '../needs/service-need.entity';
import { needEventOpenToUnit } from '../needs/service-need.access';
import {
  SERVICE_NEED_FILLED,
  SERVICE_NEED_POSTED,
  type ServiceNeedEvent,
} from '../needs/service-need.events';
import { StatusReport } from '../reports/status-report.entity';
import { STATUS_REPORT_SUBMITTED, type StatusReportSubmittedEvent } from '../reports/status-report.events';
import { readsStatusReport } from '../reports/status-report.service';
import { ownVolunteerId, recordScope } from '../service-records/service-record.access';
import { ServiceRecord } from '../service-records/service-record.entity';
import {
  SERVICE_RECORD_REVIEWED,
  type ServiceRecordReviewedEvent,
} from '../service-records/service-record.events';
import { ServiceRecordService } from '../service-records/service-record.service';
import { ServiceNeedEventFilter } from './realtime.inputs';

/**
 * Subscriptions (graphql-ws on /graphql). Each one checks the subscriber when it starts, then
 * lets through only the events the subscriber may read, by the same access functions as the
 * queries; what is selected from an event resolves through the usual field resolvers, so masked
 * fields stay masked. The subscriber's context lives as long as the subscription, so every event
 * is checked and resolved with fresh loaders (nothing cached from one event to the next).
 */
@Resolver()
export class RealtimeResolver {
  @Subscription(() => ServiceNeed, {
    description:
      'A site posted a service need; `filter` narrows which ones (category, place, pairing, skill).',
    subscribe: ({ args, context }) => {
      const accepts = needFilter(actorOf(context), args.filter ?? {});
      return listen(context, SERVICE_NEED_POSTED, (event) => accepts(event));
    },
  })
  serviceNeedPosted(
    @Root() event: ServiceNeedEvent,
    @Arg('filter', () => ServiceNeedEventFilter, { nullable: true }) _filter: ServiceNeedEventFilter | null,
    @Ctx() ctx: Context,
  ): ServiceNeed {
    return freshEvent(ctx, event, () => reviveEntity(ctx.dataSource, ServiceNeed, event.need));
  }

  @Subscription(() => ServiceNeed, {
    description: "A need's last place was taken (it turned FILLED); `filter` as for serviceNeedPosted.",
    subscribe: ({ args, context }) => {
      const accepts = needFilter(actorOf(context), args.filter ?? {});
      return listen(context, SERVICE_NEED_FILLED, (event) => accepts(event));
    },
  })
  serviceNeedFilled(
    @Root() event: ServiceNeedEvent,
    @Arg('filter', () => ServiceNeedEventFilter, { nullable: true }) _filter: ServiceNeedEventFilter | null,
    @Ctx() ctx: Context,
  ): ServiceNeed {
    return freshEvent(ctx, event, () => reviveEntity(ctx.dataSource, ServiceNeed, event.need));
  }

  @Subscription(() => Assignment, {
    description:
      'An assignment was proposed, confirmed, accepted, declined or cancelled (its status says which): ' +
      'of those you may read, as in `assignments`; `onlyMine` for your own as a volunteer.',
    subscribe: ({ args, context }) => {
      const actor = actorOf(context);
      const onlyMine = args.onlyMine === true;
      const own = ownVolunteerId(actor);
      if (onlyMine && own === null) {
        throw new ForbiddenError('only a volunteer account has assignments of its own', 'onlyMine');
      }
      const needId = args.needId ? parseId('needId', args.needId) : null;
      return listen(context, ASSIGNMENT_CHANGED, async (event: AssignmentEvent, eventCtx) => {
        const assignment = reviveEntity(eventCtx.dataSource, Assignment, event.assignment);
        if (needId !== null && assignment.needId !== needId) return false;
        if (onlyMine) return assignment.volunteerId === own;
        return (await visibleAssignments(eventCtx, [assignment])).length === 1;
      });
    },
  })
  assignmentChanged(
    @Root() event: AssignmentEvent,
    @Arg('onlyMine', () => Boolean, { defaultValue: false }) _onlyMine: boolean,
    @Arg('needId', () => ID, { nullable: true }) _needId: string | null,
    @Ctx() ctx: Context,
  ): Assignment {
    return freshEvent(ctx, event, () => reviveEntity(ctx.dataSource, Assignment, event.assignment));
  }

  @Subscription(() => ServiceRecord, {
    description:
      'A service record was approved or rejected (its status says which): by default your own; ' +
      'with `onlyMine: false`, every record you may read, as in `serviceRecords`.',
    subscribe: ({ args, context }) => {
      const actor = actorOf(context);
      const onlyMine = args.onlyMine !== false;
      const own = ownVolunteerId(actor);
      if (onlyMine && own === null) {
        throw new ForbiddenError(
          'only a volunteer account has records of its own: subscribe with onlyMine: false',
          'onlyMine',
        );
      }
      if (!onlyMine) recordScope(actor, 'record'); // FORBIDDEN now for roles that read no records
      const projectId = args.projectId ? parseId('projectId', args.projectId) : null;
      return listen(context, SERVICE_RECORD_REVIEWED, async (event: ServiceRecordReviewedEvent, eventCtx) => {
        const record = reviveEntity(eventCtx.dataSource, ServiceRecord, event.record);
        if (projectId !== null && record.projectId !== projectId) return false;
        if (onlyMine) return record.volunteerId === own;
        // A boolean, not `get`'s FORBIDDEN: refusing an event to a subscriber is routine, not an error.
        return new ServiceRecordService(eventCtx.dataSource, actor).readable(record.id);
      });
    },
  })
  serviceRecordReviewed(
    @Root() event: ServiceRecordReviewedEvent,
    @Arg('onlyMine', () => Boolean, { defaultValue: true }) _onlyMine: boolean,
    @Arg('projectId', () => ID, { nullable: true }) _projectId: string | null,
    @Ctx() ctx: Context,
  ): ServiceRecord {
    return freshEvent(ctx, event, () => reviveEntity(ctx.dataSource, ServiceRecord, event.record));
  }

  @Subscription(() => StatusReport, {
    description:
      'A unit filed a status report (情况调度表): the provincial admin hears of every one, a ' +
      "coordinator of their own unit's and those of the units under it.",
    subscribe: ({ args, context }) => {
      const actor = actorOf(context);
      if (!isAdmin(actor) && actor.role !== Role.UNIT_COORDINATOR) {
        throw new ForbiddenError('only the provincial admin and unit coordinators read status reports');
      }
      const campaignId = args.campaignId ? parseId('campaignId', args.campaignId) : null;
      return listen(context, STATUS_REPORT_SUBMITTED, (event: StatusReportSubmittedEvent) => {
        const unitId = Number(event.report.unitId);
        if (campaignId !== null && Number(event.report.campaignId) !== campaignId) return false;
        return readsStatusReport(actor, unitId);
      });
    },
  })
  statusReportSubmitted(
    @Root() event: StatusReportSubmittedEvent,
    @Arg('campaignId', () => ID, { nullable: true }) _campaignId: string | null,
    @Ctx() ctx: Context,
  ): StatusReport {
    return freshEvent(ctx, event, () => reviveEntity(ctx.dataSource, StatusReport, event.report));
  }
}

/**
 * The topic's events that `accepts` lets through, while the subscriber's socket is still signed
 * in. `accepts` gets a context with loaders of its own (one event's worth) and says no with
 * false, which is routine and logs nothing. An event it cannot check (e.g. the database is
 * unreachable) is dropped for this subscriber and the subscription goes on; the failure is logged
 * once per event, not once per subscriber.
 */
function listen<Payload>(
  ctx: Context,
  topic: Topic<Payload>,
  accepts: (payload: Payload, eventCtx: Context) => boolean | Promise<boolean>,
): AsyncIterable<Payload> {
  if (!ctx.events) throw new Error('subscriptions need the server’s event bus in the context');
  return pipe(
    ctx.events.subscribe(topic),
    filter(async (payload: Payload) => {
      try {
        if (ctx.session && !(await ctx.session.stillSignedIn())) return false;
        return await accepts(payload, { ...ctx, loaders: new RequestLoaders(ctx.dataSource) });
      } catch (error) {
        logOncePerEvent(topic, payload, error);
        return false;
      }
    }),
  );
}

/** Events whose check failure was logged: every subscriber of an event shares its payload object. */
const failedEvents = new WeakSet<object>();

function logOncePerEvent(topic: Topic<unknown>, payload: unknown, error: unknown): void {
  if (payload !== null && typeof payload === 'object') {
    if (failedEvents.has(payload)) return;
    failedEvents.add(payload);
  }
  console.error(`[subscriptions] ${topic.name}: could not check an event for its subscribers`, error);
}

/**
 * Resolves one event: nothing cached for an earlier event of this subscription is reused. The
 * entity is revived once per event and shared by its subscribers (field resolvers only read it).
 */
function freshEvent<T>(ctx: Context, event: object, revive: () => T): T {
  ctx.loaders.clear();
  let entity = revivedEvents.get(event) as T | undefined;
  if (entity === undefined) {
    entity = revive();
    revivedEvents.set(event, entity);
  }
  return entity;
}

const revivedEvents = new WeakMap<object, unknown>();

/** The need filter of a subscription, checked once when it starts. */
function needFilter(actor: Actor, given: ServiceNeedEventFilter): (event: ServiceNeedEvent) => boolean {
  const code = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return null;
    if (!/^\d{6}$/.test(value)) throw new BadInputError(`filter.${field}`, 'expected a 6-digit area code');
    return value;
  };
  const cityCode = code('cityCode', given.cityCode);
  const areaCode = code('areaCode', given.areaCode);
  const pairedUnitId = given.pairedUnitId ? parseId('filter.pairedUnitId', given.pairedUnitId) : null;
  const campaignId = given.campaignId ? parseId('filter.campaignId', given.campaignId) : null;
  const openToUnitId = given.unitId ? parseId('filter.unitId', given.unitId) : null;
  const myUnits = given.pairedWithMyUnits ? actor.unitIds : null;
  if (myUnits && myUnits.size === 0) {
    throw new BadInputError('filter.pairedWithMyUnits', 'your account belongs to no unit');
  }
  const skill = optionalSearch('filter.skill', given.skill);
  return (event) => {
    const need = event.need as { category?: string; campaignId?: number; requiredSkills?: string[] };
    if (given.category && need.category !== given.category) return false;
    if (cityCode && event.cityCode !== cityCode) return false;
    if (areaCode && event.areaCode !== areaCode) return false;
    if (campaignId !== null && Number(need.campaignId) !== campaignId) return false;
    if (pairedUnitId !== null && !event.pairedUnitIds.includes(pairedUnitId)) return false;
    if (openToUnitId !== null && !needEventOpenToUnit(event, openToUnitId)) return false;
    if (myUnits && !event.pairedUnitIds.some((id) => myUnits.has(id))) return false;
    if (skill && !(need.requiredSkills ?? []).includes(skill)) return false;
    return true;
  };
}
