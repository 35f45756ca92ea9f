'use strict';

/**
 * Strapi's default e-mail provider (sendmail) delivers straight to the
 * recipients' mail servers — from a factory LAN, unexpected traffic that
 * mostly fails. Without SMTP_HOST Gendan configures this provider instead:
 * every send is refused at once, and the callers (password reset, e-mail
 * confirmation, reminder digests) say plainly that no e-mail is sent.
 */
module.exports = {
  init() {
    return {
      async send() {
        const error = new Error('E-mail is not configured on this Gendan server (set SMTP_HOST): nothing was sent');
        error.code = 'GENDAN_MAIL_DISABLED';
        throw error;
      },
    };
  },
};
