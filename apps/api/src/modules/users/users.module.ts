import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TwoFactorModule } from '../two-factor/two-factor.module';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [ListExportModule, OrganisationsModule, TwoFactorModule],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository],
  exports: [UsersRepository],
})
export class UsersModule {}
