import { OpinionNoteStatus, OpinionResponseChannel, OpinionSentiment, OpinionSource } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * 舆情: a question or view about the guideline raised in the press, online, on the 12333 line, in a
 * petition or at a symposium (Qingdao 四(三)), followed by its responsible bureau until answered.
 * Edits keep the earlier content in `opinion_note_revision`; deletion is soft, with a reason.
 */
@Entity('opinion_note')
@Index('idx_opinion_note_programme_day', ['programmeId', 'notedOn'])
@Index('idx_opinion_note_status', ['status'])
@Index('idx_opinion_note_recorder', ['recorderOrganisationId'])
@Index('idx_opinion_note_responsible', ['responsibleOrganisationId'])
export class OpinionNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'enum', enum: OpinionSource, enumName: 'opinion_source' })
  source: OpinionSource;

  /** the source in words, required for 其他 */
  @Column({ name: 'source_detail', type: 'varchar', length: 100, nullable: true })
  sourceDetail: string | null;

  /** the China day the question came up */
  @Column({ name: 'noted_on', type: 'date' })
  notedOn: string;

  @Column({ type: 'text' })
  summary: string;

  /** guideline chapters and programme measures (PolicyTopic) */
  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'enum', enum: OpinionSentiment, enumName: 'opinion_sentiment' })
  sentiment: OpinionSentiment;

  /** 热度 1–5 */
  @Column({ type: 'smallint' })
  heat: number;

  @Column({
    type: 'enum',
    enum: OpinionNoteStatus,
    enumName: 'opinion_note_status',
    default: OpinionNoteStatus.Monitoring,
  })
  status: OpinionNoteStatus;

  /** the bureau that recorded it */
  @Column({ name: 'recorder_organisation_id', type: 'uuid' })
  recorderOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorder_organisation_id' })
  recorderOrganisation?: OrganisationEntity;

  /** 责任单位: the recording bureau, or the district bureau the city assigned it to */
  @Column({ name: 'responsible_organisation_id', type: 'uuid' })
  responsibleOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organisation_id' })
  responsibleOrganisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** 解释口径: the explanation agreed when the responsible unit took the note up */
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  /** the response actually given */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'responded_on', type: 'date', nullable: true })
  respondedOn: string | null;

  @Column({
    name: 'response_channel',
    type: 'enum',
    enum: OpinionResponseChannel,
    enumName: 'opinion_response_channel',
    nullable: true,
  })
  responseChannel: OpinionResponseChannel | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'delete_reason', type: 'text', nullable: true })
  deleteReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
