import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStudyVersionEntity } from '../cases/case-study-version.entity';
import { CaseStudyEntity } from '../cases/case-study.entity';
import { CaseCollectionEntity } from './case-collection.entity';

/** A selected case in an edition, at the version the edition prints, with its place and the editor's note. */
@Entity('case_collection_entry')
@Index('uq_case_collection_entry_case', ['collectionId', 'caseId'], { unique: true })
export class CaseCollectionEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'collection_id', type: 'uuid' })
  collectionId: string;

  @ManyToOne(() => CaseCollectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: CaseCollectionEntity;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseStudyEntity;

  @Column({ name: 'case_version_id', type: 'uuid' })
  caseVersionId: string;

  @ManyToOne(() => CaseStudyVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_version_id' })
  caseVersion?: CaseStudyVersionEntity;

  @Column({ type: 'int' })
  position: number;

  /** 编者按 */
  @Column({ name: 'editor_note', type: 'text', default: '' })
  editorNote: string;
}
