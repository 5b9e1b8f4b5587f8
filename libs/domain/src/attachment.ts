/** Attachment rules: size limit and an allow-list checked against the file's content signature. */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export enum AttachmentKind {
  Pdf = 'pdf',
  Word = 'word',
  Excel = 'excel',
  Image = 'image',
  Zip = 'zip',
}

interface AllowedExtension {
  kind: AttachmentKind;
  mimeType: string;
  /** the content signature family the file must carry */
  signature: 'pdf' | 'ole' | 'zip' | 'jpeg' | 'png';
}

export const ALLOWED_ATTACHMENT_EXTENSIONS: Record<string, AllowedExtension> = {
  pdf: { kind: AttachmentKind.Pdf, mimeType: 'application/pdf', signature: 'pdf' },
  doc: { kind: AttachmentKind.Word, mimeType: 'application/msword', signature: 'ole' },
  docx: {
    kind: AttachmentKind.Word,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signature: 'zip',
  },
  xls: { kind: AttachmentKind.Excel, mimeType: 'application/vnd.ms-excel', signature: 'ole' },
  xlsx: {
    kind: AttachmentKind.Excel,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    signature: 'zip',
  },
  jpg: { kind: AttachmentKind.Image, mimeType: 'image/jpeg', signature: 'jpeg' },
  jpeg: { kind: AttachmentKind.Image, mimeType: 'image/jpeg', signature: 'jpeg' },
  png: { kind: AttachmentKind.Image, mimeType: 'image/png', signature: 'png' },
  zip: { kind: AttachmentKind.Zip, mimeType: 'application/zip', signature: 'zip' },
};

const SIGNATURES: Array<[AllowedExtension['signature'], number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The signature family the first bytes carry, or null. */
export function detectSignature(bytes: Uint8Array): AllowedExtension['signature'] | null {
  return (
    SIGNATURES.find(
      ([, magic]) => magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b),
    )?.[0] ?? null
  );
}

export type AttachmentProblem = 'empty' | 'too-large' | 'type-not-allowed' | 'content-mismatch';

export type AttachmentCheck =
  | { ok: true; extension: string; mimeType: string; kind: AttachmentKind }
  | { ok: false; problem: AttachmentProblem };

export function attachmentExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file may be attached: not empty, at most MAX_ATTACHMENT_BYTES, an allowed extension,
 * and content whose signature matches that extension (a renamed .exe is refused).
 */
export function checkAttachment(fileName: string, bytes: Uint8Array): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, problem: 'too-large' };
  const extension = attachmentExtension(fileName);
  const allowed = ALLOWED_ATTACHMENT_EXTENSIONS[extension];
  if (!allowed) return { ok: false, problem: 'type-not-allowed' };
  if (detectSignature(bytes) !== allowed.signature) return { ok: false, problem: 'content-mismatch' };
  return { ok: true, extension, mimeType: allowed.mimeType, kind: allowed.kind };
}
