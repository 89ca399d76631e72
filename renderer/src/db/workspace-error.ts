// The error of a workspace command the app refuses, in words a person can act on. Its own module:
// the save worker throws it too, without loading the rest of the database layer.

/** A command the app refuses (an import, a change to a recused candidate), with a message a person can act on. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}
