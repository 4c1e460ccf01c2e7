import type { Project, ProjectEntryInput, ProjectQuery, ProjectView } from '@kaoping/contracts';
import { request, unwrapList } from './request.ts';

const base = (sid: string) => `/schemes/${encodeURIComponent(sid)}/projects`;

/** 项目库 of a scheme, each project with its unit's name (a reporter gets the own unit's only). */
export async function listProjects(sid: string, query: ProjectQuery = {}): Promise<ProjectView[]> {
  return unwrapList<ProjectView>(await request<unknown>(base(sid), { query: { ...query } }), 'projects');
}

export async function createProject(sid: string, entry: ProjectEntryInput): Promise<Project> {
  return (await request<{ data: Project }>(base(sid), { method: 'POST', body: entry })).data;
}

export async function updateProject(sid: string, id: string, entry: ProjectEntryInput): Promise<Project> {
  return (await request<{ data: Project }>(`${base(sid)}/${encodeURIComponent(id)}`, { method: 'PUT', body: entry })).data;
}

export async function deleteProject(sid: string, id: string): Promise<Project> {
  return (await request<{ data: Project }>(`${base(sid)}/${encodeURIComponent(id)}`, { method: 'DELETE' })).data;
}
