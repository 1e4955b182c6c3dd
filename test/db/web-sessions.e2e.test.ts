import {
  createClient,
  CSRF_HEADER,
  currentSession,
  endSession,
  startSession,
} from '../../client-sdk/src/node';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { loadConfig } from '../../server/src/core/config';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import { WebSession } from '../../server/src/modules/accounts/web-session.entity';
import { AccessWorld } from '../support/access-world';
import { connect, listening, SubscriptionProbe } from '../support/subscriptions';
import { SERVICE_NEED_POSTED } from '../../server/src/modules/needs/service-need.events';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { PostServiceNeedInput } from '../graphql/graphql';

const COORDINATOR = { username: 'jinan-coordinator', password: 'jinan-coordinator-password' };

interface Signed {
  cookie: string; // "uvp_session=…", as a browser sends it back
  setCookie: string; // the Set-Cookie header as sent
  csrfToken: string;
  body: { account: Record<string, unknown>; expiresAt: string; csrfToken: string };
}

describe(`browser sessions: cookie, CSRF, renewal and ending (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    base = server.url.replace(/\/graphql$/, '');
  });

  afterAll(() => server.stop());

  const idleSeconds = () => server.auth.sessionIdleSeconds;

  async function signIn(credentials = COORDINATOR, headers: Record<string, string> = {}): Promise<Signed> {
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(credentials),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie')!;
    const body = (await response.json()) as Signed['body'];
    return { cookie: setCookie.split(';')[0]!, setCookie, csrfToken: body.csrfToken, body };
  }

  async function sendWithHeaders(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: { data?: any; errors?: { message: string; extensions: any }[] } }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  const ME = '{ me { username } }';

  const needInput = (title: string): PostServiceNeedInput => ({
    siteId: String(world.units.in.siteId),
    campaignId: String(world.campaignId),
    title,
    category: 'TUTORING',
    headcount: 1,
    startsAt: `${world.year}-05-01T01:00:00Z`,
    endsAt: `${world.year}-05-01T02:00:00Z`,
  });

  it('signs in with a password into an HttpOnly, SameSite=Strict cookie, with a CSRF token and the account', async () => {
    const signed = await signIn();
    const attributes = signed.setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(signed.cookie).toMatch(/^uvp_session=\d+\.[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Kept by the browser as long as the session lasts unused (not a cookie that dies with the window).
    const maxAge = Number(attributes.find((a) => a.startsWith('max-age='))!.slice('max-age='.length));
    expect(maxAge).toBeGreaterThan(idleSeconds() - 10);
    expect(maxAge).toBeLessThanOrEqual(idleSeconds());
    // Plain HTTP here: a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    expect(signed.body.account).toEqual({
      id: expect.any(String),
      username: 'jinan-coordinator',
      displayName: 'jinan-coordinator',
      role: 'UNIT_COORDINATOR',
      unitId: String(world.units.in.unitId),
      unitName: '济南市教育工会',
      units: [{ id: String(world.units.in.unitId), name: '济南市教育工会' }],
    });
    expect(signed.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = new Date(signed.body.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(idleSeconds() * 1000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(idleSeconds() * 1000);
    // The database holds a hash of the secret, never the cookie.
    const row = await server.dataSource
      .getRepository(WebSession)
      .findOneByOrFail({ id: Number(signed.cookie.split(/[=.]/)[1]) });
    expect(signed.cookie).not.toContain(row.secretHash);
  });

  it('lists the units a coordinator acts for, their own first, on sign-in and on reload; none for other roles', async () => {
    const jinan = String(world.units.in.unitId);
    const units = new UnitService(server.dataSource, SYSTEM_ACTOR);
    const under = await units.create({
      code: 'SD-370100-UJN',
      name: '济南大学工会',
      kind: UnitKind.UNIVERSITY,
      parentId: jinan,
      cityCode: '370100',
    });
    const belowThat = await units.create({
      code: 'SD-370100-UJN-A',
      name: '济南大学附属学校工会',
      kind: UnitKind.UNIVERSITY,
      parentId: String(under.id),
      cityCode: '370100',
    });
    const expected = [
      { id: jinan, name: '济南市教育工会' },
      { id: String(belowThat.id), name: '济南大学附属学校工会' },
      { id: String(under.id), name: '济南大学工会' },
    ];
    const signed = await signIn();
    expect(signed.body.account.units).toEqual(expected);
    const resumed = await fetch(`${base}/session`, { headers: { cookie: signed.cookie } });
    expect(((await resumed.json()) as Signed['body']).account.units).toEqual(expected);
    // Qingdao's coordinator acts for Qingdao alone; a volunteer of Jinan acts for no unit.
    await server.signInAs({
      username: 'qingdao-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.out.unitId),
    });
    const qingdao = { username: 'qingdao-coordinator', password: 'qingdao-coordinator-password' };
    expect((await signIn(qingdao)).body.account.units).toEqual([
      { id: String(world.units.out.unitId), name: '青岛市教育工会' },
    ]);
    const volunteer = { username: 'jinan-volunteer', password: 'jinan-volunteer-password' };
    expect((await signIn(volunteer)).body.account.units).toEqual([]);
  });

  it('marks the cookie Secure when the browser reached a proxy over HTTPS', async () => {
    const behindProxy = await startTestServer({
      config: { http: loadConfig({ NODE_ENV: 'test', TRUST_PROXY: '1' }).http },
      admin: false,
    });
    try {
      await new AccessWorld(behindProxy).build();
      const response = await fetch(behindProxy.url.replace(/\/graphql$/, '/session'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify(COORDINATOR),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')!.toLowerCase()).toContain('; secure');
    } finally {
      await behindProxy.stop();
    }
  });

  it('refuses a wrong password beside the password field, and a missing username beside its field, setting no cookie', async () => {
    const wrong = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...COORDINATOR, password: 'not-the-password' }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(((await wrong.json()) as any).errors[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      field: 'password',
    });
    const missing = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'x' }),
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'username',
    });
  });

  it('acts as the account only with the CSRF token: without it the cookie counts for nothing, a wrong one is refused', async () => {
    const signed = await signIn();
    const ok = await sendWithHeaders(ME, {}, { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken });
    expect(ok.body).toEqual({ data: { me: { username: 'jinan-coordinator' } } });

    // A form or script of another site could send the cookie (were it not SameSite) but not the token.
    const withoutToken = await sendWithHeaders(ME, {}, { cookie: signed.cookie });
    expect(withoutToken.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const needsBefore = await server.dataSource.getRepository(ServiceNeed).count();
    const forged = await sendWithHeaders(
      `
        mutation ($input: PostServiceNeedInput!) {
          postServiceNeed(input: $input) {
            id
          }
        }
      `,
      { input: needInput('伪造的需求') },
      { cookie: signed.cookie, 'x-csrf-token': 'A'.repeat(43) },
    );
    expect(forged.status).toBe(403);
    expect(forged.body.errors?.[0]?.extensions.code).toBe('CSRF_TOKEN_INVALID');
    expect(await server.dataSource.getRepository(ServiceNeed).count()).toBe(needsBefore);

    // Another session's token is another session's: tokens are bound to their cookie.
    const other = await signIn();
    const crossed = await sendWithHeaders(ME, {}, { cookie: signed.cookie, 'x-csrf-token': other.csrfToken });
    expect(crossed.status).toBe(403);
  });

  it('keeps bearer tokens working beside cookies: a token wins over a cookie', async () => {
    const signed = await signIn();
    const both = await sendWithHeaders(
      ME,
      {},
      { cookie: signed.cookie, authorization: `Bearer ${world.tokens.admin}` },
    );
    expect(both.body.data.me.username).toBe('test-admin');
  });

  it('renews a session in use and ends one left idle', async () => {
    const signed = await signIn();
    const id = Number(signed.cookie.split(/[=.]/)[1]);
    const sessions = server.dataSource.getRepository(WebSession);
    // As if most of its idle time had passed: the next use moves it on and sets the cookie again.
    await sessions.update(id, { expiresAt: new Date(Date.now() + 60_000) });
    const renewed = await fetch(`${base}/session`, { headers: { cookie: signed.cookie } });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toContain(signed.cookie);
    const expiresAt = (await sessions.findOneByOrFail({ id })).expiresAt.getTime();
    expect(expiresAt).toBeGreaterThan(Date.now() + idleSeconds() * 1000 - 60_000);
    // A use soon after changes nothing (no write on every request).
    const again = await fetch(`${base}/session`, { headers: { cookie: signed.cookie } });
    expect(again.headers.get('set-cookie')).toBeNull();

    // Idle past its end: signed out, and the browser is told to forget the cookie.
    await sessions.update(id, { expiresAt: new Date(Date.now() - 1000) });
    const idle = await fetch(`${base}/session`, { headers: { cookie: signed.cookie } });
    expect(idle.status).toBe(401);
    expect(idle.headers.get('set-cookie')).toMatch(/^uvp_session=; Max-Age=0/);
    const late = await sendWithHeaders(ME, {}, { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken });
    expect(late.status).toBe(401);
  });

  it('never renews past the maximum length of a session', async () => {
    const signed = await signIn();
    const id = Number(signed.cookie.split(/[=.]/)[1]);
    const sessions = server.dataSource.getRepository(WebSession);
    const max = server.auth.sessionMaxSeconds * 1000;
    const createdAt = new Date(Date.now() - max + 30_000); // 30 s of its life left
    await sessions.update(id, { createdAt, expiresAt: new Date(Date.now() + 10_000) });
    await fetch(`${base}/session`, { headers: { cookie: signed.cookie } });
    expect((await sessions.findOneByOrFail({ id })).expiresAt.getTime()).toBe(createdAt.getTime() + max);
  });

  it('signs out with the CSRF token only; after that the cookie works nowhere', async () => {
    const signed = await signIn();
    const refused = await fetch(`${base}/session`, { method: 'DELETE', headers: { cookie: signed.cookie } });
    expect(refused.status).toBe(403);
    expect((await fetch(`${base}/session`, { headers: { cookie: signed.cookie } })).status).toBe(200);

    const out = await fetch(`${base}/session`, {
      method: 'DELETE',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^uvp_session=; Max-Age=0/);
    expect((await fetch(`${base}/session`, { headers: { cookie: signed.cookie } })).status).toBe(401);
    const after = await sendWithHeaders(ME, {}, { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session of an account whose password changes or which is deactivated', async () => {
    await server.signInAs({ username: 'session-changer', role: 'PROVINCIAL_ADMIN' as never });
    const credentials = { username: 'session-changer', password: 'session-changer-password' };
    const first = await signIn(credentials);
    const second = await signIn(credentials);
    const changed = await sendWithHeaders(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
      { c: credentials.password, n: 'a-brand-new-password-2026' },
      { cookie: first.cookie, 'x-csrf-token': first.csrfToken },
    );
    expect(changed.body.errors).toBeUndefined();
    for (const session of [first, second]) {
      expect((await fetch(`${base}/session`, { headers: { cookie: session.cookie } })).status).toBe(401);
    }

    const third = await signIn({ username: 'session-changer', password: 'a-brand-new-password-2026' });
    const account = (
      await sendWithHeaders(
        ME.replace('username', 'id'),
        {},
        { cookie: third.cookie, 'x-csrf-token': third.csrfToken },
      )
    ).body.data.me.id;
    const deactivated = await sendWithHeaders(
      'mutation($id: ID!) { deactivateAccount(id: $id) { active } }',
      { id: account },
      {
        authorization: `Bearer ${world.tokens.admin}`,
      },
    );
    expect(deactivated.body.errors).toBeUndefined();
    expect((await fetch(`${base}/session`, { headers: { cookie: third.cookie } })).status).toBe(401);
  });

  it('signs downloads in by the cookie alone (a link in the page), and without it they need a token', async () => {
    const signed = await signIn();
    // An export that does not exist: 404 says the request was signed in, 401 that it was not.
    const withCookie = await fetch(`${base}/archive-exports/999999/records.csv`, {
      headers: { cookie: signed.cookie },
    });
    expect(withCookie.status).toBe(404);
    const without = await fetch(`${base}/archive-exports/999999/records.csv`);
    expect(without.status).toBe(401);
  });

  it('signs a same-origin socket in by the cookie, refuses one opened from another site, and closes it on sign-out', async () => {
    const signed = await signIn();
    const host = new URL(server.url).host;
    const foreign = connect(server.url, null, { cookie: signed.cookie, origin: 'https://evil.example' });
    await expect(foreign).rejects.toMatchObject({ code: 4403 });

    const { client, closed } = await connect(server.url, null, {
      cookie: signed.cookie,
      origin: `http://${host}`,
    });
    try {
      const probe = new SubscriptionProbe(client, 'subscription { serviceNeedPosted { id title } }');
      await listening(server.server, SERVICE_NEED_POSTED, 1);
      const posted = await server.gql(
        graphql(`
          mutation WebSessionsPostServiceNeed($input: PostServiceNeedInput!) {
            postServiceNeed(input: $input) {
              id
            }
          }
        `),
        { input: needInput('送到会话的需求') },
      );
      expect(posted.errors).toBeUndefined();
      await expect(probe.nth(1)).resolves.toMatchObject({
        data: { serviceNeedPosted: { id: posted.data!.postServiceNeed.id } },
      });
      await fetch(`${base}/session`, {
        method: 'DELETE',
        headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrfToken },
      });
      await expect(closed).resolves.toMatchObject({ code: 4403 });
    } finally {
      await client.dispose();
    }
  });
});

describe(`the SDK's browser session functions (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await new AccessWorld(server).build();
  });

  afterAll(() => server.stop());

  /** fetch with a browser's cookie jar for one site: what a page's same-origin requests carry. */
  function browserFetch(): typeof fetch {
    let cookie: string | null = null;
    return async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(input, { ...init, headers });
      const set = response.headers.get('set-cookie');
      if (set) cookie = /^uvp_session=;/.test(set) ? null : set.split(';')[0]!;
      return response;
    };
  }

  it('starts, reads and ends a session; errors carry the code and field', async () => {
    const page = browserFetch();
    expect(await currentSession(server.url, page)).toBeNull();
    await expect(
      startSession(server.url, COORDINATOR.username, 'wrong-password', page),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      field: 'password',
      status: 401,
    });
    const session = await startSession(server.url, COORDINATOR.username, COORDINATOR.password, page);
    expect(session.account).toMatchObject({ username: 'jinan-coordinator', unitName: '济南市教育工会' });
    expect(session.expiresAt).toBeInstanceOf(Date);
    const client = createClient({
      url: server.url,
      headers: { [CSRF_HEADER]: session.csrfToken },
      fetch: page,
    });
    expect((await client.call('me', {})).username).toBe('jinan-coordinator');
    expect((await currentSession(server.url, page))?.csrfToken).toBe(session.csrfToken);
    await endSession(server.url, session.csrfToken, page);
    expect(await currentSession(server.url, page)).toBeNull();
    await expect(client.call('me', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
