import { contract, type Project, type ProjectEntryInput, type ProjectQuery, type ProjectView } from '@kaoping/contracts';
import { call } from './client.ts';

/** 项目库 of a scheme, each project with its unit's name (a reporter gets the own unit's only). */
export async function listProjects(sid: string, query: ProjectQuery = {}): Promise<ProjectView[]> {
  return (await call(contract.projects.list, { params: { sid }, query })).data;
}

export async function createProject(sid: string, entry: ProjectEntryInput): Promise<Project> {
  return (await call(contract.projects.create, { params: { sid }, body: entry })).data;
}

export async function updateProject(sid: string, pid: string, entry: ProjectEntryInput): Promise<Project> {
  return (await call(contract.projects.update, { params: { sid, pid }, body: entry })).data;
}

export async function deleteProject(sid: string, pid: string): Promise<Project> {
  return (await call(contract.projects.remove, { params: { sid, pid } })).data;
}
