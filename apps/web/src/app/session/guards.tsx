import { type ReactNode, useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenResult } from '../../ui/status-results';
import { PageLoading } from '../../ui/page-loading';
import { type Access, allows } from '../access';
import { homePathFor } from '../navigation';
import { restoreSession } from './restore';
import { useSession } from './session-store';
import { roleOf, useCurrentRole } from './session-user';

export const CHANGE_PASSWORD_PATH = '/account/password';
export const TWO_FACTOR_PATH = '/account/two-factor';

/** Where the login page sends the user back to once they are in. */
export interface LoginLocationState {
  from?: string;
  reason?: 'logout' | 'expired' | 'initial';
}

/**
 * Everything but /login: needs a session, then a password change when one is due, then the
 * two-factor enrolment where the role requires it (the API refuses everything else meanwhile).
 */
/** Starts restoring the session if nothing has yet (e.g. coming from a public page). */
function useRestoredSession() {
  const session = useSession();
  useEffect(() => {
    if (session.status === 'restoring') restoreSession();
  }, [session.status]);
  return session;
}

export function RequireSession() {
  const { status, user, endReason } = useRestoredSession();
  const location = useLocation();
  if (status === 'restoring') return <PageLoading fullscreen />;
  if (!user) {
    const state: LoginLocationState = {
      from: endReason === 'logout' ? undefined : `${location.pathname}${location.search}`,
      reason: endReason,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  if (!user.mustChangePassword && user.mustEnrolTwoFactor && location.pathname !== TWO_FACTOR_PATH) {
    return <Navigate to={TWO_FACTOR_PATH} replace />;
  }
  return <Outlet />;
}

/** Only renders the login page for anonymous visitors. */
export interface RedirectIfLoggedInProps {
  children: ReactNode;
}

export function RedirectIfLoggedIn({ children }: RedirectIfLoggedInProps) {
  const { status, user } = useRestoredSession();
  const location = useLocation();
  if (status === 'restoring') return <PageLoading fullscreen />;
  if (user) {
    const from = (location.state as LoginLocationState | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : homePathFor(roleOf(user))} replace />;
  }
  return children;
}

export interface AccessGuardProps {
  access: Access;
}

/** A screen the role may not use shows 403 (the menu never links there, but URLs can be typed). */
export function AccessGuard({ access }: AccessGuardProps) {
  const role = useCurrentRole();
  return allows(access, role) ? <Outlet /> : <ForbiddenResult />;
}

export function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentRole())} replace />;
}
