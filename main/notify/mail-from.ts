import { z } from 'zod';

/** "lobby@example.org" or "Lobby <lobby@example.org>". */
export const MailFrom = z
  .string()
  .trim()
  .max(254)
  .regex(/^(?:[^<>@]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/);
