import { ApiRequestError } from '../app/api/api-error';

/** Saves a response body as a file, named by its Content-Disposition. */
export function saveBlob(data: Blob, response: Response, fallback: string): void {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  saveFile(data, encoded ? decodeURIComponent(encoded) : fallback);
}

/** Saves data made in the browser (nothing is sent anywhere) as a file. */
export function saveFile(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Saves the answer of a typed-client call made with `parseAs: 'blob'` as a file (`fallback` names
 * it when the server does not); a failed call throws ApiRequestError with the server's message.
 */
export function saveDownload(
  result: { data?: unknown; error?: unknown; response: Response },
  fallback: string,
): void {
  if (!result.response.ok || !(result.data instanceof Blob)) {
    throw new ApiRequestError(result.response.status, result.error);
  }
  saveBlob(result.data, result.response, fallback);
}
