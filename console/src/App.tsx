import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { FullPageSpin, RequireSession } from './auth';
import { HOME, SCREENS } from './screens';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const ConsoleLayout = lazy(() => import('./layout/ConsoleLayout'));
const NotFound = lazy(() => import('./pages/NotFound'));

export function App() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <ConsoleLayout />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to={HOME} replace />} />
          {SCREENS.map((screen) => (
            <Route key={screen.path} path={`${screen.path}/*`} element={<screen.component />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
