import type { Dag, Instance, Node, Project } from "../../../model/entities";
import { EngineError, ERROR_CODES } from "../../../model/errors";
import type { Database } from "../../../store/database";
import { findDagById } from "../../../store/queries/dags/find-dag";
import { findInstanceById } from "../../../store/queries/instances/find-instance";
import { findNodeById } from "../../../store/queries/nodes/find-node";
import { findProjectById, findProjectByIdentifier } from "../../../store/queries/projects/find-project";

/**
 * Lookups that answer a missing entity with its business error: the spec's ProjectNotExists with
 * its stated HTTP 400; the engine's own `*.NotExists` codes with 404, as the operations answer them.
 */

export function projectNotFound(): EngineError {
  return new EngineError(ERROR_CODES.projectNotFound, "The project does not exist.", 400);
}

export async function getProjectOrThrow(db: Database, projectId: bigint): Promise<Project> {
  return (await findProjectById(db, projectId)) ?? throwError(projectNotFound());
}

/**
 * A project named by ID, by identifier (`ProjectIdentifier` / `ProjectName`), or by both, which must
 * then name the same project.
 */
export async function resolveProjectOrThrow(db: Database, reference: { projectId?: bigint; identifier?: string }): Promise<Project> {
  const { projectId, identifier } = reference;
  if (projectId === undefined && identifier === undefined) {
    throw new EngineError(ERROR_CODES.invalidParameter, "The specified parameters are invalid: give ProjectId or ProjectIdentifier.", 400);
  }
  const project = projectId !== undefined ? await findProjectById(db, projectId) : await findProjectByIdentifier(db, identifier ?? "");
  if (project === null) throw projectNotFound();
  if (identifier !== undefined && project.identifier !== identifier) {
    throw new EngineError(ERROR_CODES.invalidParameter, `The specified parameters are invalid: project ${String(project.id)} is not "${identifier}".`, 400);
  }
  return project;
}

export async function getNodeOrThrow(db: Database, nodeId: bigint): Promise<Node> {
  return (await findNodeById(db, nodeId)) ?? throwError(new EngineError(ERROR_CODES.nodeNotFound, `The node ${String(nodeId)} does not exist.`, 404));
}

export async function getInstanceOrThrow(db: Database, instanceId: bigint): Promise<Instance> {
  return (
    (await findInstanceById(db, instanceId)) ??
    throwError(new EngineError(ERROR_CODES.instanceNotFound, `The instance ${String(instanceId)} does not exist.`, 404))
  );
}

export async function getDagOrThrow(db: Database, dagId: bigint): Promise<Dag> {
  return (await findDagById(db, dagId)) ?? throwError(new EngineError(ERROR_CODES.dagNotFound, `The DAG ${String(dagId)} does not exist.`, 404));
}

function throwError(error: Error): never {
  throw error;
}
