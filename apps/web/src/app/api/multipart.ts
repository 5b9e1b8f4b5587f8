type FormValue = string | number | boolean | Blob | readonly Blob[] | null | undefined;

/**
 * openapi-fetch's `bodySerializer` for the multipart routes: the body stays typed by the OpenAPI
 * document (files as Blob, see scripts/generate-api.mjs) and leaves as FormData, a file under its
 * own name and an array as one field per item.
 */
export function multipart(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body) as [string, FormValue][]) {
    if (value === null || value === undefined) continue;
    for (const item of Array.isArray(value)
      ? (value as readonly Blob[])
      : [value as Exclude<FormValue, readonly Blob[]>]) {
      form.append(name, item instanceof Blob ? item : String(item));
    }
  }
  return form;
}
