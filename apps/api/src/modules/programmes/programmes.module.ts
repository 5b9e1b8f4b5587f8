import { Module } from '@nestjs/common';
import { CheckRulesController } from './check-rules.controller';
import { CheckRulesService } from './check-rules.service';
import { ProgrammeStructureModule } from '../programme-structure/programme-structure.module';
import { ProgrammeFinderModule } from './programme-finder.module';
import { ProgrammeTemplateRepository } from './programme-template.repository';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

/**
 * The programme itself. Its resources have their own modules: programme-structure (phases and
 * measures), ledger-tasks, task-progress, working-group, quotas and programme-dashboard.
 * Re-exports the programme lookup (ProgrammesRepository, ProgrammeFinder) for other features.
 */
@Module({
  imports: [ProgrammeFinderModule, ProgrammeStructureModule],
  controllers: [ProgrammesController, CheckRulesController],
  providers: [ProgrammesService, CheckRulesService, ProgrammeTemplateRepository],
  exports: [ProgrammeFinderModule],
})
export class ProgrammesModule {}
