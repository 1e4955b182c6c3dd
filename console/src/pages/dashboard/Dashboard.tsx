import { lazy, Suspense } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { useSignedIn } from '../../auth';
import Workbench from './Workbench';
import { mayUseDashboard } from './milestones';

const StatusReportPage = lazy(() => import('../reports/StatusReportPage'));

/**
 * 工作台 (routed at /dashboard/*): the coordinators' and the province's home. The workbench itself
 * at /dashboard, and one unit's 情况调度表 for one milestone at /dashboard/reports/:campaignId/:milestone
 * (the province adds `?unit=` to read a unit's).
 */
export default function Dashboard() {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  if (!mayUseDashboard(session.account.role)) {
    return (
      <Result
        status="403"
        title="工作台供单位协调员和省教育工会使用"
        subTitle="您的角色不使用这个页面，请从左侧导航进入您的工作。"
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            返回首页
          </Button>
        }
      />
    );
  }
  return (
    <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} size="large" />}>
      <Routes>
        <Route index element={<Workbench />} />
        <Route path="reports/:campaignId/:milestone" element={<StatusReportPage />} />
        <Route
          path="*"
          element={
            <Result
              status="404"
              title="没有这个页面"
              subTitle="地址可能有误。请回到工作台，从活动节点进入调度表。"
              extra={
                <Button type="primary" onClick={() => navigate('/dashboard')}>
                  返回工作台
                </Button>
              }
            />
          }
        />
      </Routes>
    </Suspense>
  );
}
