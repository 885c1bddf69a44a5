import type { SubjectType } from '@samrad/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Network } from '../../networks/network.entity.js';
import { Round } from '../../rounds/round.entity.js';

/**
 * A conversation about one subject of a network (the network, a round, a question of a round, later a
 * goal or a meeting). A subject may hold several threads, each with its own title.
 */
@Entity('threads')
@Index('ix_threads_subject', ['networkId', 'subjectType', 'subjectId', 'createdAt'])
export class Thread {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column('text')
  subjectType!: SubjectType;

  /** A uuid, or `<roundId>:<indicatorId>` for a question (libs/domain: questionSubjectId). */
  @Column('text')
  subjectId!: string;

  /** The round a ROUND or INDICATOR subject belongs to (search filters by it). */
  @Index()
  @Column('uuid', { nullable: true })
  roundId!: string | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column('text')
  title!: string;

  @Index()
  @Column('uuid')
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
