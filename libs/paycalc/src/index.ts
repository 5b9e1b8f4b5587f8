/**
 * @skillpay/paycalc: the guideline's calculators and compliance checks as pure functions, exact
 * in decimals, shared by the web (live results) and the api (authoritative, stored results). One
 * folder per calculator family, each function taking plain input (numbers or decimal strings) and
 * returning its figures as decimal strings with the source article; bad input throws a
 * PaycalcError naming the field. See docs/paycalc.md.
 */
export * from './errors';
export * from './decimal';
export * from './sources';
export * from './apportion';
export * from './pay-table';
export * from './step-movement';
export * from './post-evaluation';
export * from './performance-pay';
export * from './allowances';
export * from './profit-sharing';
export * from './checks';
export * from './calculator-io';
export * from './schemas.generated';
