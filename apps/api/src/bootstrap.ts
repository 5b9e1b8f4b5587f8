import { constants as zlibConstants } from 'node:zlib';
import { type INestApplication } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, getSchemaPath, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppConfig } from './common/config/app-config';
import { AccountLockedErrorDto, ApiErrorDto } from './common/errors/api-error.dto';
import { createValidationPipe } from './common/errors/validation';
import { OddInputPipe } from './common/http/odd-input';
import { servePublicDocument } from './common/http/web-cache';
import { describeCalculators } from './modules/pay-plans/pay-plans.openapi';
import { mountQueueBoard } from './modules/queues/queue-board';

/** Every endpoint may answer with these, always in the ApiErrorDto shape. */
const ERROR_RESPONSES: Array<[number, string]> = [
  [400, 'Invalid input: one entry per field in details, in the caller’s language'],
  [401, 'Not logged in, or the session has ended'],
  [403, 'The role may not do this (or must first change its password or set up two-factor authentication)'],
  [404, 'Missing, or outside the caller’s scope (indistinguishable on purpose)'],
  [409, 'Conflicts with the current state (e.g. a username already taken)'],
  [500, 'Unexpected error; logged with the requestId'],
];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SkillPay Portal API')
    .setDescription('技能人才薪酬分配指引 实施服务平台 — every endpoint under /api')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('skillpay_refresh')
    .addGlobalResponse(
      ...ERROR_RESPONSES.map(([status, description]) => ({
        status,
        description,
        schema: { $ref: getSchemaPath(ApiErrorDto) },
      })),
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ApiErrorDto, AccountLockedErrorDto],
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  // the calculators' input and result, as libs/paycalc's generated JSON Schemas
  describeCalculators(document);
  return document;
}

/** Everything the HTTP app needs besides its modules; shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(AppConfig);
  app.setGlobalPrefix('api');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // HSTS and upgrade-insecure-requests only where the portal is served over HTTPS (the same switch
  // as Secure cookies): on plain http, e.g. `npm start` opened from another machine, they break it.
  const https = config.cookieSecure;
  app.use(
    helmet({
      hsts: https,
      // Nothing but the portal's own origin: an intranet reaches no other host, and no page of
      // the portal needs one. helmet's defaults would still let fonts and styles come from any
      // https host; inline styles stay allowed for antd's CSS-in-JS.
      contentSecurityPolicy: {
        directives: {
          fontSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          upgradeInsecureRequests: https ? [] : null,
        },
      },
    }),
  );
  // Text answers compressed (the web app's scripts shrink to a third; xlsx and images are left as
  // they are), as nginx does in front of the API in a deployment.
  // Brotli at a quality that costs about what gzip does: the answers are compressed per request.
  app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } } }));
  app.use(cookieParser());
  // the web app's pages for anyone have a document of their own (the static server sends
  // index.html for the other pages: app.module.ts)
  if (config.webDistDir) app.use(servePublicDocument(config.webDistDir));
  // odd input (NUL, lone surrogates, __proto__, deep nesting) is refused before the DTOs see it
  app.useGlobalPipes(new OddInputPipe(), createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'SkillPay Portal API',
  });
  mountQueueBoard(app);
  return app;
}
