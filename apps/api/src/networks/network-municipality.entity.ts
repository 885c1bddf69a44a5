import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Network } from './network.entity.js';

/** A municipality's participation in a network. */
@Entity('network_municipalities')
export class NetworkMunicipality {
  @PrimaryColumn('uuid')
  networkId!: string;

  @Index()
  @PrimaryColumn('uuid')
  municipalityId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}
