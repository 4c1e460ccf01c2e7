import { ApiError } from '@/api/api-error.ts';

/**
 * The API's validation problems keyed by the top-level field their JSON pointer names (`/unitId` → `unitId`),
 * for showing next to the form field; empty when the error names no field (the caller then shows a message).
 */
export function fieldErrors(e: unknown): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const p of e.problems) {
    const field = p.pointer?.split('/')[1];
    if (!field) continue;
    out[field] = out[field] ? `${out[field]}；${p.message}` : p.message;
  }
  return out;
}
