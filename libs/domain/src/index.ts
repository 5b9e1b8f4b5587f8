export * from './roles';
export * from './organisation-types';
export * from './permissions';
export * from './regions';
export * from './password-policy';
export * from './security';
export * from './api-contract';
export * from './jobs';
