import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WageUploadEntity } from '../wage-uploads/wage-upload.entity';
import { BenchmarkReleaseEntity } from './benchmark-release.entity';

/**
 * A version of an enterprise's wage data a release was built from. A correction compares its
 * uploads with an earlier release's to see whose data changed, cell by cell (disclosure control
 * across releases). Written with the draft; frozen with it (database trigger).
 */
@Entity('benchmark_release_upload')
export class BenchmarkReleaseUploadEntity {
  @PrimaryColumn({
    name: 'release_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_benchmark_release_upload',
  })
  releaseId: string;

  @PrimaryColumn({ name: 'upload_id', type: 'uuid', primaryKeyConstraintName: 'PK_benchmark_release_upload' })
  uploadId: string;

  @ManyToOne(() => BenchmarkReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'FK_benchmark_release_upload_release' })
  release?: BenchmarkReleaseEntity;

  @ManyToOne(() => WageUploadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'upload_id', foreignKeyConstraintName: 'FK_benchmark_release_upload_upload' })
  upload?: WageUploadEntity;
}
