import { randomUUID } from 'node:crypto';
import { languageFromHeader } from '@skillpay/domain';
import { type Request } from 'express';
import { ClsModule } from 'nestjs-cls';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Per-request context: request id (taken from a trusted proxy or made here), IP, language. */
export const RequestContextModule = ClsModule.forRoot({
  global: true,
  middleware: {
    mount: true,
    generateId: true,
    idGenerator: (request: Request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    setup: (cls, request: Request, response) => {
      cls.set('requestId', cls.getId());
      cls.set('ip', request.ip ?? null);
      cls.set('userAgent', request.headers['user-agent'] ?? null);
      cls.set('language', languageFromHeader(request.headers['accept-language']));
      response.setHeader('X-Request-Id', cls.getId());
    },
  },
});
