import { contract, type AuditEntry, type AuditQuery, type CreateUserBody, type PatchUserBody, type UserView } from '@kaoping/contracts';
import { call } from './client.ts';

export async function listUsers(): Promise<UserView[]> {
  return (await call(contract.users.listUsers)).data;
}

export async function createUser(input: CreateUserBody): Promise<UserView> {
  return (await call(contract.users.createUser, { body: input })).user;
}

export async function updateUser(username: string, patch: PatchUserBody): Promise<UserView> {
  return (await call(contract.users.patchUser, { params: { username }, body: patch })).user;
}

export async function listAudit(query: AuditQuery = {}): Promise<AuditEntry[]> {
  return (await call(contract.users.listAudit, { query })).data;
}
