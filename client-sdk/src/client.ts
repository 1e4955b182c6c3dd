import { SdkError } from './errors';
import {
  ApproveServiceRecordDocument,
  CreateArchiveExportDocument,
  ReexportArchiveExportDocument,
  type CreateArchiveExportInput,
  AssignmentChangedDocument,
  ServiceNeedPostedDocument,
  ServiceRecordReviewedDocument,
  type ServiceNeedEventFilter,
  ConfirmAssignmentDocument,
  CreateVolunteerDocument,
  LoginDocument,
  MatchingPlanDocument,
  MatchingSuggestionsDocument,
  ProposeMatchingPlanDocument,
  RecordServiceDocument,
  RecordSupportEntryDocument,
  SaveStatusReportDraftDocument,
  ServiceNeedsDocument,
  ServiceRecordsDocument,
  ServiceTeamsDocument,
  ServiceTotalsDocument,
  SitesDocument,
  StatusReportPreviewDocument,
  SubmitStatusReportDocument,
  SupportTotalsDocument,
  UpdateVolunteerDocument,
  VolunteerDocument,
  VolunteersDocument,
  type CreateVolunteerInput,
  type MatchingScopeInput,
  type RecordServiceInput,
  type RecordSupportEntryInput,
  type ServiceNeedFilter,
  type ServiceRecordFilter,
  type ServiceTeamFilter,
  type ServiceTotalsFilter,
  type ServiceTotalsGroupBy,
  type SiteFilter,
  type StatusReportKeyInput,
  type StatusReportProgressInput,
  type SupportScopeFilter,
  type SupportTotalsDimension,
  type UpdateVolunteerInput,
  type VolunteerFieldsFragment,
  type VolunteerFilter,
} from './generated/graphql';
import { operations } from './generated/api';
import { paginate, type Connection } from './pagination';
import { Subscriptions, type ConnectionEvent, type EventStream } from './subscriptions';
import { Transport, type RetryPolicy, type TokenSource, type TypedDocument } from './transport';

export interface ClientOptions {
  /**
   * The GraphQL endpoint, e.g. `http://localhost:4000/graphql`, or several (replicas without a
   * balancer in front): a request moves to the next when one cannot be reached.
   */
  url: string | readonly string[];
  /**
   * An access token from `login` or an API token (`uvp_…`) from `createApiToken`; or a function
   * giving one, asked before each request and socket connection and again with `{ refused: true }`
   * when the server refused its token (sign in again there; the request is then sent once more).
   */
  token?: TokenSource;
  /** Extra headers on every HTTP request, e.g. a tracing id. */
  headers?: Record<string, string>;
  /** A fetch implementation; the global fetch by default. */
  fetch?: typeof fetch;
  /** How often and how patiently to retry transient failures of HTTP requests (attempts, delays). */
  retry?: Partial<RetryPolicy>;
  /** Times the subscription socket reconnects after it was lost or could not open. Default 5. */
  reconnectAttempts?: number;
}

/** A signed-in session: the token, and when the server stops accepting it. */
export interface Session {
  accessToken: string;
  expiresAt: Date;
}

type Operations = typeof operations;
type ResultOf<D> = D extends TypedDocument<infer R, infer _V> ? R : never;
type VariablesOf<D> = D extends TypedDocument<infer _R, infer V> ? V : never;
/** The value of root field K in an operation's result. */
type FieldOf<D, K extends PropertyKey> = K extends keyof ResultOf<D> ? ResultOf<D>[K] : never;

export interface PageOptions {
  /** Page size, at most 100 (the server's limit). Default 100. */
  first?: number;
  after?: string | null;
}

/**
 * A client for the platform's API with a typed method for each operation a tool needs.
 *
 * @example
 * ```ts
 * import { createClient, login } from '@union-volunteer/client-sdk';
 *
 * const { accessToken } = await login('http://localhost:4000/graphql', 'jinan', 'secret');
 * const client = createClient({ url: 'http://localhost:4000/graphql', token: accessToken });
 * for await (const volunteer of client.volunteers.all({ unitId: '2' })) console.log(volunteer.name);
 * ```
 */
export function createClient(options: ClientOptions): Client {
  return new Client(new Transport(options));
}

/**
 * Signs in with a username and password: a short-lived access token and when it expires.
 *
 * @example
 * ```ts
 * const { accessToken, expiresAt } = await login('http://localhost:4000/graphql', 'jinan', process.env.PASSWORD!);
 * ```
 */
export async function login(
  url: string | readonly string[],
  username: string,
  password: string,
  fetchImpl?: typeof fetch,
): Promise<Session> {
  const transport = new Transport({ url, fetch: fetchImpl });
  // Signing in writes nothing a retry could duplicate.
  const result = await transport.request(LoginDocument, { username, password }, { retry: true });
  return { accessToken: result.login.accessToken, expiresAt: new Date(result.login.expiresAt as string) };
}

export class Client {
  private readonly subscriptions: Subscriptions;

  constructor(
    readonly transport: Transport,
    /**
     * The WebSocket class for subscriptions: the platform's own by default (browsers, Node 22+);
     * `@union-volunteer/client-sdk/node` passes the `ws` package's on Node 20.
     */
    webSocketImpl: unknown = globalThis.WebSocket,
  ) {
    this.subscriptions = new Subscriptions(transport, webSocketImpl);
  }

  /**
   * Any subscription as an async iterator over graphql-ws, signed in with the client's token.
   *
   * @example
   * ```ts
   * for await (const event of client.subscribe(ServiceNeedPostedDocument, { filter: { cityCode: '371700' } })) {
   *   console.log(event.serviceNeedPosted.title);
   * }
   * ```
   */
  subscribe<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: NoInfer<TVariables>,
  ) {
    return this.subscriptions.iterate(document, variables);
  }

  /**
   * Closes the subscription socket, ending every open subscription; HTTP needs no closing.
   * @example `await client.close();`
   */
  close(): Promise<void> {
    return this.subscriptions.close();
  }

  /**
   * Calls `listener` when the subscription socket connects, reconnects or closes; returns a function
   * that stops it. Delivery is at most once: after `reconnected`, re-read what you show, since
   * events sent while the socket was away are not delivered.
   * @example `client.onConnection((e) => { if (e.type === 'reconnected') void reload(); });`
   */
  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    return this.subscriptions.onConnection(listener);
  }

  /** Events as they happen. Leave the loop to unsubscribe. */
  readonly events = {
    /**
     * New service needs as sites post them, filtered by category, city, area, pairing or skill.
     * @example `for await (const need of client.events.needsPosted({ pairedWithMyUnits: true })) notify(need);`
     */
    needsPosted: (filter: ServiceNeedEventFilter = {}) =>
      mapIterator(this.subscribe(ServiceNeedPostedDocument, { filter }), (e) => e.serviceNeedPosted),
    /**
     * Assignments proposed, confirmed, accepted, declined or cancelled: your own, or a need's.
     * @example `for await (const a of client.events.assignmentsChanged({ onlyMine: true })) console.log(a.status);`
     */
    assignmentsChanged: (options: { needId?: string; onlyMine?: boolean } = {}) =>
      mapIterator(
        this.subscribe(AssignmentChangedDocument, {
          needId: options.needId,
          onlyMine: options.onlyMine ?? false,
        }),
        (e) => e.assignmentChanged,
      ),
    /**
     * Service records approved or rejected: your own by default.
     * @example `for await (const r of client.events.recordsReviewed()) console.log(r.status, r.rejectionReason);`
     */
    recordsReviewed: (options: { projectId?: string; onlyMine?: boolean } = {}) =>
      mapIterator(
        this.subscribe(ServiceRecordReviewedDocument, {
          projectId: options.projectId,
          onlyMine: options.onlyMine ?? true,
        }),
        (e) => e.serviceRecordReviewed,
      ),
  };

  /**
   * Any operation, for what the typed methods do not cover: pass a typed document of your own.
   *
   * @example
   * ```ts
   * const data = await client.request(MyQueryDocument, { id: '1' });
   * ```
   */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    // NoInfer: the variables' type comes from the document alone, so a misspelled one is an error.
    variables: NoInfer<TVariables>,
    options?: { retry?: boolean },
  ): Promise<TResult> {
    return this.transport.request(document, variables, options);
  }

  /**
   * Any query or mutation of the schema by its field name, with generated variable and result types
   * and a default selection (scalars, one level of nested objects, connections' nodes): what the
   * typed methods below do not cover. Returns the field's value. Queries are retried on transient
   * failures, mutations only with `{ retry: true }` (when the server deduplicates them).
   *
   * @example
   * ```ts
   * const need = await client.call('postServiceNeed', { input: { siteId: '3', campaignId: '1', title: '课后辅导', category: 'TUTORING', headcount: 2, startsAt, endsAt } });
   * ```
   */
  async call<K extends keyof Operations>(
    name: K,
    variables: VariablesOf<Operations[K]>,
    options?: { retry?: boolean },
  ): Promise<FieldOf<Operations[K], K>> {
    const document = operations[name] as TypedDocument<Record<string, unknown>, unknown>;
    const result = await this.transport.request(document, variables, options);
    return result[name] as FieldOf<Operations[K], K>;
  }

  /** Volunteers: list, walk, read, register and update. */
  readonly volunteers = {
    /**
     * One page of volunteers.
     * @example `const page = await client.volunteers.page({ unitId: '2' }, { first: 50 });`
     */
    page: async (filter: VolunteerFilter = {}, page: PageOptions = {}) =>
      (
        await this.request(VolunteersDocument, {
          filter,
          first: page.first ?? 100,
          after: page.after ?? null,
        })
      ).volunteers as Connection<VolunteerFieldsFragment>,

    /**
     * Every volunteer matching the filter, page after page.
     * @example `for await (const v of client.volunteers.all({ unitId: '2' })) console.log(v.name);`
     */
    all: (filter: VolunteerFilter = {}) => paginate((after) => this.volunteers.page(filter, { after })),

    /**
     * One volunteer, or null.
     * @example `const v = await client.volunteers.get('17');`
     */
    get: async (id: string) => (await this.request(VolunteerDocument, { id })).volunteer,

    /**
     * The volunteer with this document number, or null (numbers are unique per document type).
     * @example `const v = await client.volunteers.findByDocument('370102198001011234');`
     */
    findByDocument: async (documentNumber: string) => {
      const page = await this.volunteers.page({ documentNumber }, { first: 1 });
      return page.edges[0]?.node ?? null;
    },

    /**
     * Registers a volunteer. Safe to retry after a network failure: the document number is unique,
     * so when the first attempt did land, the retry finds that volunteer instead of a second one.
     * @example `const v = await client.volunteers.create({ unitId: '2', name: '张三', documentNumber, mobile, homeAreaCode });`
     */
    create: async (input: CreateVolunteerInput): Promise<VolunteerFieldsFragment> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await this.request(CreateVolunteerDocument, { input }, { retry: false })).createVolunteer;
        } catch (error) {
          if (!(error instanceof SdkError) || !error.transient || attempt >= this.transport.retry.attempts) {
            throw error;
          }
          const landed = await this.volunteers.findByDocument(input.documentNumber);
          if (landed) return landed;
        }
      }
    },

    /**
     * Changes some fields of a volunteer; setting the same values twice is harmless, so it retries.
     * @example `await client.volunteers.update('17', { mobile: '13912345678' });`
     */
    update: async (id: string, input: UpdateVolunteerInput) =>
      (await this.request(UpdateVolunteerDocument, { id, input }, { retry: true })).updateVolunteer,
  };

  /** Teams, sites and needs: walk them with filters. */
  readonly teams = {
    /** @example `for await (const team of client.teams.all({ unitId: '2' })) console.log(team.name);` */
    all: (filter: ServiceTeamFilter = {}) =>
      paginate(
        async (after) =>
          (await this.request(ServiceTeamsDocument, { filter, first: 100, after })).serviceTeams,
      ),
  };

  readonly sites = {
    /** @example `for await (const site of client.sites.all({ cityCode: '371700' })) console.log(site.name);` */
    all: (filter: SiteFilter = {}) =>
      paginate(async (after) => (await this.request(SitesDocument, { filter, first: 100, after })).sites),
  };

  readonly needs = {
    /** @example `for await (const need of client.needs.all({ status: 'OPEN' })) console.log(need.title);` */
    all: (filter: ServiceNeedFilter = {}) =>
      paginate(
        async (after) =>
          (await this.request(ServiceNeedsDocument, { filter, first: 100, after })).serviceNeeds,
      ),
  };

  /** Matching: suggestions, plans, proposing a plan, confirming an assignment. */
  readonly matching = {
    /** @example `const best = await client.matching.suggestions(needId, 10);` */
    suggestions: async (needId: string, limit = 20) =>
      (await this.request(MatchingSuggestionsDocument, { needId, limit })).matchingSuggestions,
    /** @example `const plan = await client.matching.plan(campaignId, { unitId: '2' });` */
    plan: async (campaignId: string, scope: MatchingScopeInput = {}) =>
      (await this.request(MatchingPlanDocument, { campaignId, scope })).matchingPlan,
    /**
     * Proposes the plan. Not retried: a retry would re-plan, and only fill what is still open.
     * @example `const plan = await client.matching.proposePlan(campaignId, { unitId: '2' });`
     */
    proposePlan: async (campaignId: string, scope: MatchingScopeInput = {}) =>
      (await this.request(ProposeMatchingPlanDocument, { campaignId, scope }, { retry: false }))
        .proposeMatchingPlan,
    /** @example `await client.matching.confirm(assignmentId);` */
    confirm: async (assignmentId: string) =>
      (await this.request(ConfirmAssignmentDocument, { id: assignmentId }, { retry: false }))
        .confirmAssignment,
  };

  /** Service records: enter (idempotently), list, approve, total. */
  readonly records = {
    /**
     * Enters a record. It carries an idempotency key (one is made when not given), so it is retried
     * after a network failure and the server returns the first record instead of making a second.
     * @example `const r = await client.records.record({ projectId, postId, startsAt, endsAt, submit: true });`
     */
    record: async (input: RecordServiceInput) =>
      (
        await this.request(
          RecordServiceDocument,
          { input: { ...input, idempotencyKey: input.idempotencyKey ?? globalThis.crypto.randomUUID() } },
          { retry: true },
        )
      ).recordService,
    /** @example `for await (const r of client.records.all({ projectId })) console.log(r.hours);` */
    all: (filter: ServiceRecordFilter = {}) =>
      paginate(
        async (after) =>
          (await this.request(ServiceRecordsDocument, { filter, first: 100, after })).serviceRecords,
      ),
    /** @example `await client.records.approve(recordId);` */
    approve: async (id: string) =>
      (await this.request(ApproveServiceRecordDocument, { id }, { retry: false })).approveServiceRecord,
    /** @example `const byCity = await client.records.totals('CITY', { campaignId });` */
    totals: async (groupBy: ServiceTotalsGroupBy, filter: ServiceTotalsFilter = {}) =>
      (await this.request(ServiceTotalsDocument, { groupBy, filter })).serviceTotals,
  };

  /** The support ledger: funds and materials. */
  readonly support = {
    /**
     * Books a line. Not retried after a network failure (the server has no key for it): check the
     * ledger before entering it again.
     * @example `await client.support.record({ kind: 'FUNDS', projectId, occurredOn: '2019-05-01', amount: '1200.00', fundingSource: 'UNION_FUNDS' });`
     */
    record: async (input: RecordSupportEntryInput) =>
      (await this.request(RecordSupportEntryDocument, { input }, { retry: false })).recordSupportEntry,
    /** @example `const t = await client.support.totals({ unitId: '2' }, ['QUARTER']);` */
    totals: async (filter: SupportScopeFilter = {}, groupBy: SupportTotalsDimension[] = ['QUARTER']) =>
      (await this.request(SupportTotalsDocument, { filter, groupBy })).supportTotals,
  };

  /** Archive exports for the national volunteer system, and their files. */
  readonly exports = {
    /**
     * Exports the approved, not yet exported records of a unit, team or project in a date range;
     * rows that fail the national system's rules are listed in `issues` and not marked exported.
     * Not retried: a retry after a lost answer would find the records already exported.
     * @example `const batch = await client.exports.create({ scope: 'UNIT', scopeId: '2', rangeStart: '2019-04-01', rangeEnd: '2019-06-30' });`
     */
    create: async (input: CreateArchiveExportInput) =>
      (await this.request(CreateArchiveExportDocument, { input }, { retry: false })).createArchiveExport,
    /**
     * A new batch with exactly the rows of an earlier one; its files are the same bytes.
     * @example `const again = await client.exports.reexport(batch.id);`
     */
    reexport: async (id: string) =>
      (await this.request(ReexportArchiveExportDocument, { id }, { retry: false })).reexportArchiveExport,
    /**
     * One of a batch's files (a path from `batch.downloads`) as the server's response, its body a
     * stream: in a browser, `await (await client.exports.open(path)).blob()`; on disk, see
     * `@union-volunteer/client-sdk/node`'s `download`.
     */
    open: (downloadPath: string) => this.transport.get(downloadPath),
  };

  /** Status reports (情况调度表). */
  readonly reports = {
    /** @example `const rows = await client.reports.preview({ unitId: '2', campaignId: '1', milestone: 'SUMMARY' });` */
    preview: async (key: StatusReportKeyInput) =>
      (await this.request(StatusReportPreviewDocument, { key })).statusReportPreview,
    /**
     * Saves the draft: each team project's progress text (`progress`: only the projects named change; an
     * empty text removes one) and, when given, the unit-wide text used where a project has none.
     * @example `await client.reports.saveDraft(key, undefined, [{ projectId: '7', text: '开展支教活动12次……' }]);`
     */
    saveDraft: async (
      key: StatusReportKeyInput,
      progressText?: string | null,
      progress?: StatusReportProgressInput[],
    ) =>
      (
        await this.request(
          SaveStatusReportDraftDocument,
          {
            key,
            ...(progressText !== undefined ? { progressText } : {}),
            ...(progress ? { progress } : {}),
          },
          { retry: true },
        )
      ).saveStatusReportDraft,
    /** @example `const filed = await client.reports.submit(key);` */
    submit: async (key: StatusReportKeyInput) =>
      (await this.request(SubmitStatusReportDocument, { key }, { retry: false })).submitStatusReport,
    /** A filed report's spreadsheet (CSV) as the server's response, from its `downloadPath`. */
    open: (downloadPath: string) => this.transport.get(downloadPath),
  };
}

/** An event stream with each value mapped; leaving it leaves the source at once. */
function mapIterator<T, U>(source: EventStream<T>, map: (value: T) => U): EventStream<U> {
  const stream: EventStream<U> = {
    acknowledged: source.acknowledged,
    [Symbol.asyncIterator]: () => stream,
    async next() {
      const result = await source.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: map(result.value) };
    },
    async return() {
      await source.return();
      return { done: true, value: undefined };
    },
  };
  return stream;
}
