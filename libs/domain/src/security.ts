/** Account and session limits required by the foundation issue (等保 2.0 身份鉴别). */
export const LOGIN_MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const ACCESS_TOKEN_MINUTES = 10;
