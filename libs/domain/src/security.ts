/** Account and session limits required by the foundation issue (等保 2.0 身份鉴别). */
export const LOGIN_MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const ACCESS_TOKEN_MINUTES = 10;

/**
 * What an uploaded xlsx (a zip archive) may unpack to, checked from its central directory before
 * any parsing. The byte limits on uploads apply to the compressed file only: an 827 KB xlsx whose
 * sharedStrings.xml holds 20 million `<si><t>a</t></si>` unpacks to 340 MB and took 2.5 GB and the
 * whole API process to load (a "zip bomb"). Honest workbooks stay far below these limits:
 * a 100,000-row wage file (WAGE_UPLOAD_LIMITS.maxRows)
 * written by exceljs to 38 MB (measured with bench/wage-upload.mjs' generator), and no
 * entry of an honest file measured compresses better than 8:1.
 */
export interface XlsxZipLimits {
  /** the sum of the entries' uncompressed sizes */
  maxUncompressedBytes: number;
  /** an xlsx has a dozen or so entries; a few hundred with many sheets and images */
  maxEntries: number;
  /** uncompressed ÷ compressed size of any entry larger than `ratioFromBytes` */
  maxRatio: number;
  /** small entries (repetitive styles, empty sheets) may compress well without harm */
  ratioFromBytes: number;
}

/** The all-or-nothing imports (enterprises, occupations) whose files are at most 2 MB. */
export const IMPORT_XLSX_ZIP_LIMITS: XlsxZipLimits = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 1_000,
  maxRatio: 100,
  ratioFromBytes: 1024 * 1024,
};
