import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Spin, Typography, theme } from 'antd';
import { useSignedIn } from '../auth';
import { screensFor } from '../screens';
import { fieldTabsFor } from './tabs';
import './field.css';

/**
 * The frame of the phone pages: a title bar, the page, and a bottom tab bar with the role's tabs
 * (the pattern of phone apps and of WeChat's own pages), laid out for 375 px and up with every tap
 * target at least 44 px. Standard web only, so it works in WeChat's in-app browser.
 */
export default function FieldLayout() {
  const { session } = useSignedIn();
  const { account } = session;
  const location = useLocation();
  const { token } = theme.useToken();
  const tabs = fieldTabsFor(account.role);
  // Leaders and site contacts also have console screens (a volunteer's are all here).
  const desktop = account.role === 'VOLUNTEER' ? null : (screensFor(account.role)[0]?.path ?? null);
  const current = tabs.find(
    (tab) => location.pathname === tab.path || location.pathname.startsWith(`${tab.path}/`),
  );

  return (
    <div className="field" style={{ background: token.colorBgLayout }}>
      <header className="field-header" style={{ background: token.colorBgContainer }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="field-title">
          {current?.label ?? '教职工志愿服务'}
        </Typography.Title>
        {desktop && (
          <Link className="field-header-link" to={desktop}>
            电脑版
          </Link>
        )}
      </header>
      <main className="field-main">
        <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
          <Outlet />
        </Suspense>
      </main>
      <nav className="field-tabs" aria-label="页面" style={{ background: token.colorBgContainer }}>
        {tabs.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            className="field-tab"
            style={({ isActive }) => ({ color: isActive ? token.colorPrimary : token.colorTextSecondary })}
          >
            <span className="field-tab-icon">{tab.icon}</span>
            <span>{tab.label}</span>
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
