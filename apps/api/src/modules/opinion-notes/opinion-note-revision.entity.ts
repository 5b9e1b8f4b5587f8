import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OpinionNoteEntity } from './opinion-note.entity';

/**
 * An edit of a note: the content it had before (at `version`) and the fields the edit changed, so
 * an edit never overwrites what was recorded (versions, not overwrites).
 */
@Entity('opinion_note_revision')
@Index('idx_opinion_note_revision_note', ['noteId', 'version'], { unique: true })
export class OpinionNoteRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'note_id', type: 'uuid' })
  noteId: string;

  @ManyToOne(() => OpinionNoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id' })
  note?: OpinionNoteEntity;

  /** the note's version the content belonged to */
  @Column({ type: 'integer' })
  version: number;

  /** the content before the edit */
  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields: string[];

  @Column({ name: 'edited_by', type: 'uuid' })
  editedBy: string;

  @Column({ name: 'editor_organisation_id', type: 'uuid' })
  editorOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_organisation_id' })
  editorOrganisation?: OrganisationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
