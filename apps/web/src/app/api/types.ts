import { type paths } from '../../api/schema';

/**
 * Helpers that read request and response bodies off the generated OpenAPI `paths`, so that no
 * API type is ever written by hand: `ResponseBody<'/api/auth/me', 'get'>` is the Me object.
 */
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type Responses<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? R : never;

export type ResponseBody<P extends keyof paths, M extends Method> = Json<
  Responses<P, M>[Extract<keyof Responses<P, M>, 200 | 201>]
>;
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type TokenResponse = ResponseBody<'/api/auth/refresh', 'post'>;
/** The password step: the session, or a pending login awaiting the second factor. */
export type LoginResponse = ResponseBody<'/api/auth/login', 'post'>;
export type SecondFactorChallenge = Extract<LoginResponse, { secondFactorRequired: true }>;
export type Me = ResponseBody<'/api/auth/me', 'get'>;
