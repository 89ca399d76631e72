// The three jobs the app does, one workspace kind per role (ARCHITECTURE.md).
// Shared by db/, state/, platform/ and the screens, so it depends on nothing.

export type Role = 'member' | 'secretariat' | 'debrief';

export const ROLES: readonly Role[] = ['member', 'secretariat', 'debrief'];

/** What a person calls the role, as shown on buttons and in the header. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  member: 'Panel member',
  secretariat: 'Secretariat',
  debrief: 'Debrief',
};

/** True when `value` names one of the three roles. */
export function isRole(value: unknown): value is Role {
  return value === 'member' || value === 'secretariat' || value === 'debrief';
}

/** The workspace id for a role and an exercise: each role keeps its own copy of an exercise. */
export function workspaceIdOf(role: Role, exerciseId: string): string {
  return `${role}:${exerciseId}`;
}
