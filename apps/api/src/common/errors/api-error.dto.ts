import { ApiProperty } from '@nestjs/swagger';
import { type ApiError, type FieldError } from '@skillpay/domain';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'password' })
  field: string;

  @ApiProperty({ example: '密码至少 12 个字符', description: 'in the caller’s language (Accept-Language)' })
  message: string;

  @ApiProperty({
    required: false,
    description: 'uploads: the sheet row number (as the spreadsheet shows it)',
  })
  row?: number;

  @ApiProperty({ required: false, description: 'uploads: the header of the column' })
  column?: string;

  @ApiProperty({ required: false, description: 'uploads: the cell value as read' })
  value?: string;
}

/** The one shape of every error response. */
export class ApiErrorDto implements ApiError {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: '提交的数据有误，请检查标出的字段', description: 'in the caller’s language' })
  message: string;

  @ApiProperty({ type: [FieldErrorDto] })
  details: FieldErrorDto[];

  @ApiProperty({ required: false, description: 'correlates the response with server logs and the audit log' })
  requestId?: string;
}

/** 423 from login while failed attempts lock the account. */
export class AccountLockedErrorDto extends ApiErrorDto {
  @ApiProperty({ type: String, format: 'date-time' })
  lockedUntil: string;
}
