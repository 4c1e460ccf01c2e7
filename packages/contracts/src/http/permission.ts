export type { Permission } from '../access.ts';
