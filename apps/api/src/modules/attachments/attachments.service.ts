import { Injectable } from '@nestjs/common';
import {
  AttachmentKind,
  attachmentExtension,
  type AttachmentProblem,
  checkAttachment,
  IMPORT_XLSX_ZIP_LIMITS,
  MAX_ATTACHMENT_BYTES,
} from '@skillpay/domain';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { xlsxZipBreach, zipEntries, zipLimitParams } from '../../common/xlsx/xlsx-zip';
import { type Tx } from '../../database/unit-of-work';
import { type AttachmentEntity } from './attachment.entity';
import { AttachmentException } from './attachments.exception';
import { MAX_ATTACHMENTS_PER_UPLOAD, type UploadedAttachment } from './attachments.dto';
import { type AttachmentOwnerType, AttachmentsRepository } from './attachments.repository';

export { type AttachmentOwnerType } from './attachments.repository';

/** multer decodes multipart file names as latin1; browsers send UTF-8. */
export function decodeFileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/**
 * Stores files in PostgreSQL after checking each one (size, allow-list, content signature). The
 * owner's service checks access first and calls this inside its own transaction.
 */
@Injectable()
export class AttachmentsService {
  constructor(private readonly repository: AttachmentsRepository) {}

  /** 400 naming each refused file and why, before anything is written. */
  assertAcceptable(files: readonly UploadedAttachment[]): void {
    this.accepted(files);
  }

  async store(
    ownerType: AttachmentOwnerType,
    ownerId: string,
    files: readonly UploadedAttachment[],
    uploadedBy: string,
    tx: Tx,
  ): Promise<AttachmentEntity[]> {
    const saved: AttachmentEntity[] = [];
    for (const { file, fileName, mimeType } of this.accepted(files)) {
      const entity = await this.repository.insert(
        {
          ownerType,
          ownerId,
          fileName: fileName.slice(0, 200),
          mimeType,
          size: file.buffer.length,
          content: file.buffer,
          uploadedBy,
        },
        tx,
      );
      saved.push(entity);
    }
    return saved;
  }

  /** Each file with its decoded name and detected type, all checked in one pass; else the 400. */
  private accepted(
    files: readonly UploadedAttachment[],
  ): Array<{ file: UploadedAttachment; fileName: string; mimeType: string }> {
    const problems: FieldProblem[] = [];
    if (files.length > MAX_ATTACHMENTS_PER_UPLOAD) {
      problems.push(
        AttachmentException.fieldProblem('files', 'too_many_attachments', {
          max: MAX_ATTACHMENTS_PER_UPLOAD,
        }),
      );
    }
    const accepted = files.map((file, index) => {
      const fileName = decodeFileName(file.originalname);
      const check = checkAttachment(fileName, file.buffer);
      const problem = check.ok ? officeArchiveProblem(check.kind, file.buffer) : check.problem;
      if (check.ok && !problem) return { file, fileName, mimeType: check.mimeType };
      problems.push(attachmentProblem(`files[${index}]`, fileName, problem!));
      return null;
    });
    if (problems.length > 0) throw AppException.validation(problems);
    return accepted.filter((entry) => entry !== null);
  }

  /** Metadata of the attachments of several owners, oldest first. */
  listFor(ownerType: AttachmentOwnerType, ownerIds: readonly string[]): Promise<AttachmentEntity[]> {
    return this.repository.listFor(ownerType, ownerIds);
  }

  /** Deletes an attachment of that owner (the owner's service checks access and audits). */
  remove(
    ownerType: AttachmentOwnerType,
    ownerId: string,
    id: string,
    tx: Tx,
  ): Promise<AttachmentEntity | null> {
    return this.repository.remove(ownerType, ownerId, id, tx);
  }

  /** One attachment with its content, if it belongs to that owner type (the caller checks the owner). */
  findWithContent(ownerType: AttachmentOwnerType, id: string): Promise<AttachmentEntity | null> {
    return this.repository.findWithContent(ownerType, id);
  }
}

/**
 * A Word or Excel file (docx, xlsx) is a zip archive that whoever downloads it lets Office unpack:
 * one that is no readable archive, or unpacks beyond the import limits (a zip bomb), is refused.
 * Read from its central directory only; the API never unpacks an attachment.
 */
function officeArchiveProblem(kind: AttachmentKind, bytes: Buffer): AttachmentProblem | 'expands' | null {
  if (kind !== AttachmentKind.Word && kind !== AttachmentKind.Excel) return null;
  if (bytes.readUInt32BE(0) !== 0x504b0304) return null; // doc, xls: OLE, not a zip
  const entries = zipEntries(bytes);
  if (!entries) return 'content-mismatch';
  return xlsxZipBreach(entries, IMPORT_XLSX_ZIP_LIMITS) ? 'expands' : null;
}

/** Why the file `fileName` is refused, as a problem with `field`. */
function attachmentProblem(
  field: string,
  fileName: string,
  problem: AttachmentProblem | 'expands',
): FieldProblem {
  switch (problem) {
    case 'expands':
      return AttachmentException.fieldProblem(field, 'attachment_expands', {
        file: fileName,
        ...zipLimitParams(IMPORT_XLSX_ZIP_LIMITS),
      });
    case 'empty':
      return AttachmentException.fieldProblem(field, 'attachment_empty', { file: fileName });
    case 'too-large':
      return AttachmentException.fieldProblem(field, 'attachment_too_large', {
        file: fileName,
        maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024,
      });
    case 'type-not-allowed':
      return AttachmentException.fieldProblem(field, 'attachment_type_not_allowed', { file: fileName });
    case 'content-mismatch':
      return AttachmentException.fieldProblem(field, 'attachment_content_mismatch', {
        file: fileName,
        extension: attachmentExtension(fileName).toUpperCase(),
      });
  }
}
