import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Spin, Tabs } from 'antd';
import { useSignedIn } from '../../auth';
import ApprovalQueue from './ApprovalQueue';
import { mayExportRecords, mayPlanProjects } from './area';

const ProjectsList = lazy(() => import('./ProjectsList'));
const ProjectPage = lazy(() => import('./ProjectPage'));
const ExportsPage = lazy(() => import('./ExportsPage'));
const AreaNotFound = lazy(() => import('./AreaNotFound'));

/** The tab a path belongs to. */
function tabOf(pathname: string): string {
  if (/^\/records\/projects(\/|$)/.test(pathname)) return '/records/projects';
  if (/^\/records\/exports(\/|$)/.test(pathname)) return '/records/exports';
  return '/records';
}

/**
 * 服务记录, the area's entry (routed at /records/*): 审核队列 (/records, the approval queue), 服务项目
 * (/records/projects, and one project with its safety plan at /records/projects/:id) and 归档导出
 * (/records/exports). Each tab is shown to the roles whose work it is; the queue stays where it was.
 */
export default function RecordsArea() {
  const { session } = useSignedIn();
  const { role } = session.account;
  const location = useLocation();
  const navigate = useNavigate();
  const projects = mayPlanProjects(role);
  const exports = mayExportRecords(role);
  const items = [
    { key: '/records', label: '审核队列' },
    ...(projects ? [{ key: '/records/projects', label: '服务项目' }] : []),
    ...(exports ? [{ key: '/records/exports', label: '归档导出' }] : []),
  ];
  const active = tabOf(location.pathname);
  return (
    <>
      {items.length > 1 && (
        <Tabs
          aria-label="服务记录"
          activeKey={active}
          items={items}
          onTabClick={(key) => navigate(key)}
          style={{ marginBottom: 4 }}
        />
      )}
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} size="large" />}>
        <Routes>
          <Route index element={<ApprovalQueue />} />
          {projects && <Route path="projects" element={<ProjectsList />} />}
          {projects && <Route path="projects/:id" element={<ProjectPage />} />}
          {exports && <Route path="exports" element={<ExportsPage />} />}
          <Route path="*" element={<AreaNotFound />} />
        </Routes>
      </Suspense>
    </>
  );
}
