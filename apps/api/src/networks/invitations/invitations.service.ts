import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { INVITATION_TTL_DAYS, normalizeEmail, type NetworkRole } from '@samrad/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppError, badInput, conflict, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { AuthUser } from '../../common/request-context.js';
import { AppConfig } from '../../config/app-config.js';
import { TokenService } from '../../identity/token.service.js';
import { User } from '../../identity/user.entity.js';
import { roomName } from '../../realtime/room-event.js';
import { InvitationNotifications } from '../../notifications/sources/invitation-notifications.js';
import { UnitOfWork } from '../../realtime/unit-of-work.service.js';
import { Invitation } from './invitation.entity.js';
import { InvitationMailJob } from './invitation-mail.job.js';
import { Membership } from '../members/membership.entity.js';
import { isInNetwork, lockNetwork } from '../network-lock.js';
import type { InvitationPreviewType, InvitationStatus, InvitationType } from '../network.types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface InviteInput {
  networkId: string;
  email: string;
  role: NetworkRole;
  municipalityId: string | null;
}

export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.declinedAt) return 'DECLINED';
  return invitation.expiresAt.getTime() <= now ? 'EXPIRED' : 'PENDING';
}

/** The GraphQL shape; the token and link only right after they were made. */
export function toInvitationType(
  invitation: Invitation,
  issued?: { token: string; link: string },
): InvitationType {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
    revokedAt: invitation.revokedAt,
    declinedAt: invitation.declinedAt,
    createdAt: invitation.createdAt,
    status: invitationStatus(invitation),
    networkId: invitation.networkId,
    municipalityId: invitation.municipalityId,
    invitedById: invitation.invitedById,
    token: issued?.token ?? null,
    link: issued?.link ?? null,
    mailStatus: invitation.mailStatus,
    mailSentAt: invitation.mailSentAt,
    mailFailedAt: invitation.mailFailedAt,
  };
}

/**
 * Invitations: a single-use random token, valid for 14 days, stored only as its SHA-256. The
 * token reaches the invitee by e-mail (SMTP_URL; a queued job, see InvitationMailJob) and is
 * returned once to the coordinator; without SMTP the link is also logged at debug level.
 * Accepting needs the invited e-mail address (any case).
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenService,
    private readonly mail: InvitationMailJob,
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly notices: InvitationNotifications,
  ) {}

  async find(invitationId: string): Promise<Invitation> {
    const invitation = isUuid(invitationId)
      ? await this.dataSource.getRepository(Invitation).findOneBy({ id: invitationId })
      : null;
    if (!invitation) throw notFound('Invitation');
    return invitation;
  }

  async invite(actor: AuthUser, input: InviteInput): Promise<InvitationType> {
    const token = this.tokens.newOpaqueToken();
    const link = this.linkFor(token);
    const invitation = await this.uow.run(async (tx) => {
      const { manager, record } = tx;
      await lockNetwork(manager, input.networkId);
      if (input.municipalityId && !(await isInNetwork(manager, input.networkId, input.municipalityId))) {
        throw badInput('That municipality is not part of this network', {
          problems: [{ path: 'municipalityId', message: 'Not a municipality of this network' }],
        });
      }
      await this.refuseDuplicate(manager, input);
      const created = await manager.save(
        manager.create(Invitation, {
          networkId: input.networkId,
          email: input.email,
          role: input.role,
          municipalityId: input.municipalityId,
          tokenHash: this.tokens.hash(token),
          invitedById: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * DAY_MS),
          mailStatus: this.mail.initialStatus,
        }),
      );
      await this.mail.enqueue(manager, this.mailFor(actor, created.id, link));
      await this.notices.invited(tx, actor.id, created);
      await record({
        actorId: actor.id,
        audit: {
          networkId: input.networkId,
          action: 'invitation.created',
          subjectType: 'INVITATION',
          subjectId: created.id,
          after: { email: created.email, role: created.role, municipalityId: created.municipalityId },
        },
        // No e-mail address in the room: only coordinators see who was invited.
        events: [
          {
            room: roomName('network', input.networkId),
            type: 'invitation.created',
            data: { invitationId: created.id, role: created.role, municipalityId: created.municipalityId },
          },
        ],
      });
      return created;
    });
    return this.issued(invitation, token, link);
  }

  /** A new token and a new 14 days for an open or declined invitation; the old link stops working. */
  async resend(actor: AuthUser, current: Invitation): Promise<InvitationType> {
    const token = this.tokens.newOpaqueToken();
    const link = this.linkFor(token);
    const invitation = await this.uow.run(async ({ manager, record }) => {
      await lockNetwork(manager, current.networkId);
      const before = await manager.findOneByOrFail(Invitation, { id: current.id });
      this.refuseClosed(before, { allowExpired: true, allowDeclined: true });
      await manager.update(
        Invitation,
        { id: before.id },
        {
          declinedAt: null,
          tokenHash: this.tokens.hash(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * DAY_MS),
          mailStatus: this.mail.initialStatus,
          mailSentAt: null,
          mailFailedAt: null,
        },
      );
      await this.mail.enqueue(manager, this.mailFor(actor, before.id, link));
      const after = await manager.findOneByOrFail(Invitation, { id: before.id });
      await record({
        actorId: actor.id,
        audit: {
          networkId: after.networkId,
          action: 'invitation.resent',
          subjectType: 'INVITATION',
          subjectId: after.id,
          before: { expiresAt: before.expiresAt.toISOString() },
          after: { expiresAt: after.expiresAt.toISOString() },
        },
        events: [
          {
            room: roomName('network', after.networkId),
            type: 'invitation.resent',
            data: { invitationId: after.id, expiresAt: after.expiresAt.toISOString() },
          },
        ],
      });
      return after;
    });
    return this.issued(invitation, token, link);
  }

  /** Withdraws an open invitation; withdrawing twice is harmless, an accepted one cannot be. */
  async revoke(actor: AuthUser, current: Invitation): Promise<InvitationType> {
    const invitation = await this.uow.run(async ({ manager, record }) => {
      await lockNetwork(manager, current.networkId);
      const before = await manager.findOneByOrFail(Invitation, { id: current.id });
      if (before.revokedAt) return before;
      if (before.acceptedAt) {
        throw conflict('This invitation has already been accepted: remove the member instead', {
          reason: 'ACCEPTED',
        });
      }
      await manager.update(Invitation, { id: before.id }, { revokedAt: new Date() });
      const after = await manager.findOneByOrFail(Invitation, { id: before.id });
      await record({
        actorId: actor.id,
        audit: {
          networkId: after.networkId,
          action: 'invitation.revoked',
          subjectType: 'INVITATION',
          subjectId: after.id,
          before: { email: after.email, role: after.role, municipalityId: after.municipalityId },
        },
        events: [
          {
            room: roomName('network', after.networkId),
            type: 'invitation.revoked',
            data: { invitationId: after.id },
          },
        ],
      });
      return after;
    });
    return toInvitationType(invitation);
  }

  /**
   * The signed-in user takes the invited role. Unknown token → NOT_FOUND; revoked, already used
   * or expired → CONFLICT (extensions.reason REVOKED / ACCEPTED / EXPIRED); another account's
   * invitation → FORBIDDEN (reason WRONG_EMAIL). See docs/decisions.md, "Networks".
   */
  async accept(actor: AuthUser, token: string): Promise<Membership> {
    const hash = this.tokens.hash(token);
    return this.uow.run(async ({ manager, record }) => {
      const found = await manager.findOneBy(Invitation, { tokenHash: hash });
      if (!found) throw notFound('Invitation');
      await lockNetwork(manager, found.networkId);
      const invitation = await manager.findOneByOrFail(Invitation, { id: found.id });
      if (invitation.tokenHash !== hash) throw notFound('Invitation'); // re-sent meanwhile
      this.refuseClosed(invitation);
      this.refuseOtherEmail(actor, invitation);
      if (
        invitation.municipalityId &&
        !(await isInNetwork(manager, invitation.networkId, invitation.municipalityId))
      ) {
        throw conflict('The municipality of this invitation has left the network', { reason: 'REVOKED' });
      }

      const inserted = (await manager.query(
        `INSERT INTO memberships (network_id, user_id, role, municipality_id)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
        [invitation.networkId, actor.id, invitation.role, invitation.municipalityId],
      )) as { id: string }[];
      const membership = await manager.findOneByOrFail(Membership, {
        networkId: invitation.networkId,
        userId: actor.id,
        role: invitation.role,
        municipalityId: invitation.municipalityId ?? IsNull(),
      });
      await manager.update(
        Invitation,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedById: actor.id },
      );

      const accepted = {
        networkId: invitation.networkId,
        action: 'invitation.accepted',
        subjectType: 'INVITATION',
        subjectId: invitation.id,
        after: { membershipId: membership.id },
      };
      if (!inserted.length) {
        // the person already held this role: the invitation is used up, the room sees no change
        await record({ actorId: actor.id, audit: accepted });
        return membership;
      }
      await record({
        actorId: actor.id,
        audit: [
          accepted,
          {
            networkId: invitation.networkId,
            action: 'membership.added',
            subjectType: 'MEMBERSHIP',
            subjectId: membership.id,
            after: {
              userId: actor.id,
              role: membership.role,
              municipalityId: membership.municipalityId,
              invitationId: invitation.id,
              invitedById: invitation.invitedById,
            },
          },
        ],
        events: [
          {
            room: roomName('network', invitation.networkId),
            type: 'member.added',
            data: {
              membershipId: membership.id,
              userId: actor.id,
              role: membership.role,
              municipalityId: membership.municipalityId,
              invitationId: invitation.id,
            },
          },
        ],
      });
      return membership;
    });
  }

  /**
   * What the accept page needs to know about a link. Only the invited person sees the network:
   * anyone else signed in gets FORBIDDEN (WRONG_EMAIL) naming the invited address, as accept does.
   */
  async preview(actor: AuthUser | null, token: string): Promise<InvitationPreviewType> {
    const invitation = await this.dataSource.getRepository(Invitation).findOne({
      where: { tokenHash: this.tokens.hash(token) },
      relations: { network: true, municipality: true },
    });
    if (!invitation?.network) throw notFound('Invitation');
    if (actor) this.refuseOtherEmail(actor, invitation);
    const inviter = await this.dataSource.getRepository(User).findOneBy({ id: invitation.invitedById });
    return {
      networkName: invitation.network.name,
      email: invitation.email,
      role: invitation.role,
      municipality: invitation.municipality ?? null,
      invitedBy: inviter?.displayName ?? '',
      expiresAt: invitation.expiresAt,
      status: invitationStatus(invitation),
    };
  }

  /**
   * The invitee says no, from the link: signed out (no account needed to refuse), or signed in
   * with the invited address. Only an open invitation can be declined; declining twice is harmless.
   */
  async decline(actor: AuthUser | null, token: string): Promise<InvitationPreviewType> {
    const hash = this.tokens.hash(token);
    await this.uow.run(async ({ manager, record }) => {
      const found = await manager.findOneBy(Invitation, { tokenHash: hash });
      if (!found) throw notFound('Invitation');
      await lockNetwork(manager, found.networkId);
      const invitation = await manager.findOneByOrFail(Invitation, { id: found.id });
      if (invitation.tokenHash !== hash) throw notFound('Invitation'); // re-sent meanwhile
      if (actor) this.refuseOtherEmail(actor, invitation);
      if (invitation.declinedAt) return;
      this.refuseClosed(invitation);
      await manager.update(Invitation, { id: invitation.id }, { declinedAt: new Date() });
      await record({
        actorId: actor?.id ?? null,
        audit: {
          networkId: invitation.networkId,
          action: 'invitation.declined',
          subjectType: 'INVITATION',
          subjectId: invitation.id,
          before: {
            email: invitation.email,
            role: invitation.role,
            municipalityId: invitation.municipalityId,
          },
        },
        events: [
          {
            room: roomName('network', invitation.networkId),
            type: 'invitation.declined',
            data: { invitationId: invitation.id },
          },
        ],
      });
    });
    return this.preview(actor, token);
  }

  private refuseOtherEmail(actor: AuthUser, invitation: Invitation): void {
    if (normalizeEmail(actor.email) !== normalizeEmail(invitation.email)) {
      throw new AppError(
        'FORBIDDEN',
        `This invitation was sent to ${invitation.email}: sign in with that address to accept it`,
        { reason: 'WRONG_EMAIL', email: invitation.email },
      );
    }
  }

  private refuseClosed(invitation: Invitation, { allowExpired = false, allowDeclined = false } = {}): void {
    const status = invitationStatus(invitation);
    if (status === 'EXPIRED' && allowExpired) return;
    if (status === 'DECLINED' && allowDeclined) return;
    switch (status) {
      case 'DECLINED':
        throw conflict('This invitation has been declined: ask the coordinator to send it again', {
          reason: 'DECLINED',
        });
      case 'REVOKED':
        throw conflict('This invitation has been withdrawn', { reason: 'REVOKED' });
      case 'ACCEPTED':
        throw conflict('This invitation has already been used', { reason: 'ACCEPTED' });
      case 'EXPIRED':
        throw conflict('This invitation has expired: ask the coordinator to send it again', {
          reason: 'EXPIRED',
        });
      default:
    }
  }

  /** One open invitation per person and role; someone who already holds the role needs none. */
  private async refuseDuplicate(manager: EntityManager, input: InviteInput): Promise<void> {
    const [held] = (await manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.network_id = $1 AND u.email = $2 AND m.role = $3
          AND m.municipality_id IS NOT DISTINCT FROM $4::uuid`,
      [input.networkId, input.email, input.role, input.municipalityId],
    )) as unknown[];
    if (held)
      throw conflict(`${input.email} already holds this role in the network`, { reason: 'ROLE_HELD' });
    const [open] = (await manager.query(
      `SELECT 1 FROM invitations
        WHERE network_id = $1 AND email = $2 AND role = $3 AND municipality_id IS NOT DISTINCT FROM $4::uuid
          AND accepted_at IS NULL AND revoked_at IS NULL AND declined_at IS NULL AND expires_at > now()`,
      [input.networkId, input.email, input.role, input.municipalityId],
    )) as unknown[];
    if (open) {
      throw conflict(
        `${input.email} has already been invited to this role: send that invitation again instead`,
        {
          reason: 'ALREADY_INVITED',
        },
      );
    }
  }

  private linkFor(token: string): string {
    return `${this.publicUrl()}/invitations/${token}`;
  }

  /** The e-mail is in the language of the coordinator who sends it: the invitee's is not known yet. */
  private mailFor(actor: AuthUser, invitationId: string, link: string) {
    return { invitationId, link, inviterName: actor.displayName, locale: actor.locale };
  }

  /** After commit: the caller gets the token and link once; without a mail server they are the only way. */
  private issued(invitation: Invitation, token: string, link: string): InvitationType {
    if (invitation.mailStatus === 'NOT_CONFIGURED') {
      // The link signs its holder into the network: info logs are shipped and read widely, so it stays at debug.
      this.logger.log(
        `Invitation ${invitation.id} created without e-mail: the link was returned to the coordinator`,
      );
      this.logger.debug(`Invitation link for ${invitation.email}: ${link}`);
    }
    return toInvitationType(invitation, { token, link });
  }

  private publicUrl(): string {
    const address = this.adapterHost.httpAdapter?.getHttpServer()?.address?.() as
      { port: number } | string | null | undefined;
    const port = address && typeof address === 'object' ? address.port : this.config.env.PORT;
    return this.config.publicUrl(port).replace(/\/+$/, '');
  }
}
