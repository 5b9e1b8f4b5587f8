import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { TalentContactsController } from './talent-contacts.controller';
import { TalentContactsRepository } from './talent-contacts.repository';
import { TalentContactsService } from './talent-contacts.service';

/** 联系服务记录: contacts with leading talents and the monthly coverage check. */
@Module({
  imports: [ServiceRequestsModule],
  controllers: [TalentContactsController],
  providers: [TalentContactsService, TalentContactsRepository],
})
export class TalentContactsModule {}
