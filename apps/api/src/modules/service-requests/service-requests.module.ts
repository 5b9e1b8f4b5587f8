import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ServiceRequestsController } from './service-requests.controller';
import { ServiceRequestsRepository } from './service-requests.repository';
import { ServiceRequestsService } from './service-requests.service';

/** 服务窗口: talents' service requests, routed to government departments and followed to resolution. */
@Module({
  imports: [AttachmentsModule],
  controllers: [ServiceRequestsController],
  providers: [ServiceRequestsService, ServiceRequestsRepository],
  exports: [ServiceRequestsService, ServiceRequestsRepository],
})
export class ServiceRequestsModule {}
