import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Empty, Spin } from 'antd';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import { FieldSiteOptionsDocument, type FieldSiteOptionsQuery } from '../../graphql/generated';
import { isSignedOutError } from '../../session';

export type SiteCampaign = FieldSiteOptionsQuery['campaigns'][number];
export type SiteInfo = NonNullable<FieldSiteOptionsQuery['me']['site']>;

export type SiteState =
  | { status: 'loading' }
  | { status: 'failed'; problem: string; retry: () => void }
  | { status: 'ready'; site: SiteInfo | null; campaigns: SiteCampaign[] };

/** The signed-in contact's site and the campaigns: what every tab of theirs starts from. */
export function useSite(): SiteState {
  const { client, expired } = useSignedIn();
  const [state, setState] = useState<SiteState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    client
      .request(FieldSiteOptionsDocument, {})
      .then((data) => {
        if (current) setState({ status: 'ready', site: data.me.site, campaigns: data.campaigns });
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setState({ status: 'failed', problem: describeError(error), retry });
      });
    return () => {
      current = false;
    };
  }, [client, expired, retry, attempt]);

  return state;
}

/** The page for a site once it is known; a spinner, the error with 重试, or what to do without a site. */
export function WithSite(props: {
  state: SiteState;
  children: (site: SiteInfo, campaigns: SiteCampaign[]) => ReactNode;
}) {
  const { state, children } = props;
  if (state.status === 'loading') return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (state.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title="帮扶点信息没有读到"
        description={state.problem}
        action={<Button onClick={state.retry}>重试</Button>}
      />
    );
  }
  if (!state.site) {
    return (
      <Empty
        data-testid="site-missing"
        description="你的账号还没有关联帮扶点。请联系帮扶点所属单位的协调员，在电脑版“结对帮扶点”中为你开通联系人账号。"
      />
    );
  }
  return <>{children(state.site, state.campaigns)}</>;
}
