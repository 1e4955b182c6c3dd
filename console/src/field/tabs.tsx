import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  AuditOutlined,
  CarryOutOutlined,
  EditOutlined,
  EnvironmentOutlined,
  QrcodeOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';

/**
 * The phone pages (/field): what volunteers, team leaders and site contacts do where the service
 * happens. Each tab is a chunk of its own, loaded when first opened.
 */
export interface FieldTab {
  /** Under /field. */
  path: string;
  /** The name in the bottom tab bar and the page's title. */
  label: string;
  icon: ReactNode;
  component: LazyExoticComponent<ComponentType>;
  roles: readonly string[];
}

const SERVING = ['VOLUNTEER', 'TEAM_LEADER'] as const;

export const FIELD_TABS: readonly FieldTab[] = [
  {
    path: '/field/tasks',
    label: '任务',
    icon: <CarryOutOutlined />,
    component: lazy(() => import('./volunteer/TasksPage')),
    roles: SERVING,
  },
  {
    path: '/field/record',
    label: '记录',
    icon: <EditOutlined />,
    component: lazy(() => import('./volunteer/RecordPage')),
    roles: SERVING,
  },
  {
    path: '/field/team',
    label: '服务队',
    icon: <TeamOutlined />,
    component: lazy(() => import('./leader/TeamPage')),
    roles: ['TEAM_LEADER'],
  },
  {
    path: '/field/site',
    label: '需求',
    icon: <EnvironmentOutlined />,
    component: lazy(() => import('./site/SiteNeedsPage')),
    roles: ['SITE_CONTACT'],
  },
  {
    path: '/field/code',
    label: '服务码',
    icon: <QrcodeOutlined />,
    component: lazy(() => import('./site/ServiceCodePage')),
    roles: ['SITE_CONTACT'],
  },
  {
    path: '/field/served',
    label: '服务情况',
    icon: <AuditOutlined />,
    component: lazy(() => import('./site/ServedPage')),
    roles: ['SITE_CONTACT'],
  },
  {
    path: '/field/me',
    label: '我的',
    icon: <UserOutlined />,
    component: lazy(() => import('./MePage')),
    roles: [...SERVING, 'SITE_CONTACT'],
  },
];

/** The tabs this role is shown, in the bar's order. */
export function fieldTabsFor(role: string): readonly FieldTab[] {
  return FIELD_TABS.filter((tab) => tab.roles.includes(role));
}

/** Roles whose daily work is in the field: they get the phone pages. */
export function worksInTheField(role: string): boolean {
  return fieldTabsFor(role).length > 0;
}
