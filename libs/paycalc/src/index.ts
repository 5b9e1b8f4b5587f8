/**
 * @skillpay/paycalc: the guideline's calculators and compliance checks as pure functions, exact
 * in decimals, shared by the web (live results) and the api (authoritative, stored results).
 * One folder per calculator family: checks/ now; pay tables, step movement, post evaluation,
 * performance pay, allowances and profit sharing follow the same shape (input → result with the
 * figures behind it and its source article; bad input → PaycalcError).
 */
export * from './errors';
export * from './decimal';
export * from './sources';
export * from './checks';
