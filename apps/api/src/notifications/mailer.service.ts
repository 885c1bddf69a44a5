import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail through SMTP when `SMTP_URL` is set. Without it nothing is sent and callers fall
 * back to showing/logging the link (`enabled` tells them which). Mail is sent from jobs of the
 * queue, which retry when the server refuses.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    const url = config.env.SMTP_URL;
    this.transport = url ? nodemailer.createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Hands the mail to the SMTP server; throws (after logging why) when it could not. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('No mail server is configured (SMTP_URL)');
    try {
      await this.transport.sendMail({ from: this.config.env.MAIL_FROM, ...mail });
    } catch (error) {
      this.logger.warn(`Could not send mail "${mail.subject}": ${(error as Error).message}`);
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
