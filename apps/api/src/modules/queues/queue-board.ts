import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@skillpay/domain';
import { type Queue } from 'bullmq';
import { type NextFunction, type Request, type Response } from 'express';
import { SessionService } from '../auth/session.service';
import { QUEUE_NAMES } from './queues.module';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** Bull Board's page asks a public font host for its typeface; the board reads as well without. */
const OUTSIDE_FONTS = /<link[^>]+href="https:\/\/fonts\.googleapis\.com[^>]*>\s*/g;

/** Renders the board's page without the request to the outside font host (the CSP would refuse it). */
function withoutOutsideFonts(response: Response, next: NextFunction): void {
  const render = response.render.bind(response);
  response.render = (view: string, options?: object) =>
    render(view, options ?? {}, (error: Error | null, html: string) => {
      if (error) next(error);
      else response.send(html.replace(OUTSIDE_FONTS, ''));
    });
}
export const QUEUE_BOARD_COOKIE = 'skillpay_board';

export interface BoardTokenPayload {
  sid: string;
  purpose: 'queue-board';
}

/**
 * Serves Bull Board for system administrators. A browser opening the board sends no bearer
 * token, so POST /api/admin/queues/session first sets a short-lived cookie bound to the
 * caller's session; every board request re-checks that session and the role.
 */
export function mountQueueBoard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'SkillPay 任务队列' } },
  });
  const board = serverAdapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void;
  const jwt = app.get(JwtService);
  const sessions = app.get(SessionService);

  app.use(QUEUE_BOARD_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/session') return next();
    const token = (request.cookies as Record<string, string | undefined>)[QUEUE_BOARD_COOKIE];
    void (async () => {
      const payload = token ? await jwt.verifyAsync<BoardTokenPayload>(token) : undefined;
      if (payload?.purpose !== 'queue-board') throw new Error('no board token');
      const caller = await sessions.authenticate(payload.sid);
      if (caller.role !== Role.SystemAdmin) throw new Error('not a system administrator');
    })().then(
      () => {
        withoutOutsideFonts(response, next);
        board(request, response, next);
      },
      () =>
        response
          .status(401)
          .type('text/plain; charset=utf-8')
          .send('401 — 请从系统管理员的“任务队列”页面打开 / open from the Queues page'),
    );
  });
}
