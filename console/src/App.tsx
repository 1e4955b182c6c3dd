import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { FullPageSpin, RequireSession, useSignedIn } from './auth';
import { FIELD_TABS } from './field/tabs';
import { homeFor, SCREENS } from './screens';
import { WorkingUnitProvider } from './working-unit';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const ConsoleLayout = lazy(() => import('./layout/ConsoleLayout'));
const NotFound = lazy(() => import('./pages/NotFound'));
const FieldLayout = lazy(() => import('./field/FieldLayout'));

export function App() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/field"
          element={
            <RequireSession>
              <FieldLayout />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          {FIELD_TABS.map((tab) => (
            <Route key={tab.path} path={`${tab.path}/*`} element={<tab.component />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
        <Route
          element={
            <RequireSession>
              <WorkingUnitProvider>
                <ConsoleLayout />
              </WorkingUnitProvider>
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          {SCREENS.map((screen) => (
            <Route key={screen.path} path={`${screen.path}/*`} element={<screen.component />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** `/` opens the first screen the signed-in person's role is shown. */
function Home() {
  const { session } = useSignedIn();
  return <Navigate to={homeFor(session.account.role)} replace />;
}
