import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { HonourEntity } from './honour.entity';
import { TalentEntity } from './talent.entity';

/** An honour a talent holds, with its year; the certificate is an attachment (owner `talent-honour`). */
@Entity('talent_honour')
@Index('idx_talent_honour_talent', ['talentId'])
export class TalentHonourEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'talent_id', type: 'uuid' })
  talentId: string;

  @ManyToOne(() => TalentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id' })
  talent?: TalentEntity;

  @Column({ name: 'honour_id', type: 'uuid' })
  honourId: string;

  @ManyToOne(() => HonourEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'honour_id' })
  honour?: HonourEntity;

  @Column({ name: 'awarded_year', type: 'smallint' })
  awardedYear: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
