/** The shape of a zh-CN text object with every text a string: what the English object must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
