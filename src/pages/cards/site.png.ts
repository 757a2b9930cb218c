import type { APIRoute } from 'astro';
import { cardResponse } from '../../render/cards/card-response.ts';
import { SITE } from '../../site.config.ts';

// The card of every page without one of its own (home, archive, lists).
export const GET: APIRoute = () => cardResponse({ kicker: 'Weekly briefs', title: SITE.description });
