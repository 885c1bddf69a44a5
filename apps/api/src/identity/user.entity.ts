import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised (trimmed, lower case): the unique index makes duplicates a CONFLICT. */
  @Index('uq_users_email', { unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  passwordHash!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { default: 'sv' })
  locale!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
