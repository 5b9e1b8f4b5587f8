import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'pilot.submitted' })
  kind: string;

  @ApiProperty({ description: 'in the caller’s language' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: '/pilot-applications/…' })
  link: string | null;

  @ApiProperty()
  read: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty()
  total: number;

  @ApiProperty({ description: 'unread notifications of the caller, for the bell' })
  unread: number;
}

export class UnreadCountDto {
  @ApiProperty()
  unread: number;
}

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'only unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unreadOnly?: boolean;
}
