import { z } from 'zod';

/**
 * The languages the app speaks. Kept at the bottom of `shared/`, so domain code (documents, rankings,
 * describers) can name a language without importing the IPC contract, which sits above it.
 */
export const languageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof languageSchema>;
