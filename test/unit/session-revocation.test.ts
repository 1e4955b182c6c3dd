import {
  endsSession,
  SessionsRevokedReason,
  type RevocableSession,
  type SessionsRevokedEvent,
} from '../../server/src/modules/accounts/account.events';

const accessV2: RevocableSession = { accountId: 7, apiTokenId: null, tokenVersion: 2, webSessionId: null };
const accessV3: RevocableSession = { accountId: 7, apiTokenId: null, tokenVersion: 3, webSessionId: null };
const apiToken4: RevocableSession = { accountId: 7, apiTokenId: 4, tokenVersion: null, webSessionId: null };
const apiToken5: RevocableSession = { accountId: 7, apiTokenId: 5, tokenVersion: null, webSessionId: null };
const browser9: RevocableSession = { accountId: 7, apiTokenId: null, tokenVersion: 2, webSessionId: 9 };
const browser10: RevocableSession = { accountId: 7, apiTokenId: null, tokenVersion: 3, webSessionId: 10 };
const otherAccount: RevocableSession = {
  accountId: 8,
  apiTokenId: null,
  tokenVersion: 0,
  webSessionId: null,
};
const all = { accessV2, accessV3, apiToken4, apiToken5, browser9, browser10, otherAccount };

function ended(event: Partial<SessionsRevokedEvent> & Pick<SessionsRevokedEvent, 'reason'>): string[] {
  const full: SessionsRevokedEvent = { accountId: 7, apiTokenId: null, tokenVersion: null, ...event };
  return Object.entries(all)
    .filter(([, session]) => endsSession(full, session))
    .map(([name]) => name);
}

describe('which sockets a revocation ends', () => {
  it('a deactivation: every socket of the account', () => {
    expect(ended({ reason: SessionsRevokedReason.DEACTIVATED })).toEqual([
      'accessV2',
      'accessV3',
      'apiToken4',
      'apiToken5',
      'browser9',
      'browser10',
    ]);
  });

  it('a revoked API token: the sockets of that token only', () => {
    expect(ended({ reason: SessionsRevokedReason.API_TOKEN_REVOKED, apiTokenId: 4 })).toEqual(['apiToken4']);
  });

  it('a password change: access tokens signed before it, not API tokens nor the new token', () => {
    expect(
      ended({ reason: SessionsRevokedReason.PASSWORD_CHANGED, tokenVersion: 3, webSessionId: null }),
    ).toEqual(['accessV2', 'browser9']);
  });

  it('a browser signing out: the sockets of that browser session only', () => {
    expect(ended({ reason: SessionsRevokedReason.WEB_SESSION_ENDED, webSessionId: 9 })).toEqual(['browser9']);
  });
});
