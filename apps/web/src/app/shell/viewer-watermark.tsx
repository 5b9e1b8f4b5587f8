import { Watermark, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../session/session-store';

const MINUTE_MS = 60_000;

/** The time on the watermark, to the minute, moving on while the page stays open. */
function useMinute(): string {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(dayjs()), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now.format('YYYY-MM-DD HH:mm');
}

/**
 * The pages of a screen declared `watermark` (navigation.ts: wage or personal data), drawn over
 * with the viewer's name, username and the time, faint enough to read through — as government
 * systems mark such pages so that a screenshot which leaks names the screen it was taken on.
 * antd's Watermark puts it back if it is removed from the page.
 */
export function ViewerWatermark() {
  const user = useCurrentUser();
  const { token } = theme.useToken();
  const time = useMinute();
  return (
    <Watermark
      content={[`${user.displayName} ${user.username}`, time]}
      font={{ color: token.colorFill, fontSize: token.fontSizeSM }}
      gap={[token.sizeXXL * 2, token.sizeXXL * 2]}
      data-testid="viewer-watermark"
    >
      <Outlet />
    </Watermark>
  );
}
